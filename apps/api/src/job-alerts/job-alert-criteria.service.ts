import { HttpStatus, Injectable } from '@nestjs/common';
import { ErrorCode } from '@nextstep/contracts';
import { Branch, type EmploymentType, type JobAlert } from '@nextstep/db';
import { DataSource } from 'typeorm';
import { BranchesService } from '../branches/branches.service';
import { ApiError } from '../common/errors/api-error';
import { badField } from '../common/errors/bad-field';
import type { JobAlertCriteriaDto } from './dto/job-alert-input.dto';

/** A location without a radius would match everywhere; this is what "near" means then. */
export const DEFAULT_RADIUS_KM = 40;

/** The criteria as the job_alerts columns hold them. */
export type StoredCriteria = Pick<
  JobAlert,
  'q' | 'employmentTypes' | 'branchId' | 'postalCode' | 'latitude' | 'longitude' | 'radiusKm' | 'payMinDollars'
>;

/** Criteria as the API takes them, each possibly cleared (null) by an update. */
export type CriteriaInput = { [K in keyof JobAlertCriteriaDto]?: JobAlertCriteriaDto[K] | null };

const TYPE_WORDS: Record<EmploymentType, string> = { temporary: 'temporary', temp_to_hire: 'temp-to-hire', direct_hire: 'direct hire' };

export function criteriaInputOf(stored: StoredCriteria): CriteriaInput {
  return {
    q: stored.q,
    employmentType: stored.employmentTypes,
    branchId: stored.branchId,
    postalCode: stored.postalCode,
    // A postal code is stored with where it is; the coordinates are not the person's own input then.
    lat: stored.postalCode ? null : stored.latitude,
    lng: stored.postalCode ? null : stored.longitude,
    radiusKm: stored.radiusKm,
    payMin: stored.payMinDollars,
  };
}

export function sameCriteria(a: StoredCriteria, b: StoredCriteria): boolean {
  return (
    a.q === b.q &&
    (a.employmentTypes ?? []).join() === (b.employmentTypes ?? []).join() &&
    a.branchId === b.branchId &&
    a.postalCode === b.postalCode &&
    a.latitude === b.latitude &&
    a.longitude === b.longitude &&
    a.radiusKm === b.radiusKm &&
    a.payMinDollars === b.payMinDollars
  );
}

/**
 * Turns validated input (the job search's own DTO rules) into stored
 * criteria: the combinations a single field cannot check, the postal code
 * located, and a search text that could never match refused.
 */
@Injectable()
export class JobAlertCriteria {
  constructor(
    private readonly dataSource: DataSource,
    private readonly branches: BranchesService,
  ) {}

  async resolve(input: CriteriaInput): Promise<StoredCriteria> {
    const q = input.q?.trim() || null;
    if (q !== null) await this.checkSearchable(q);
    const employmentTypes = input.employmentType?.length ? [...new Set(input.employmentType)].sort() : null;
    const branchId = input.branchId?.toLowerCase() ?? null;
    if (branchId !== null && !(await this.dataSource.getRepository(Branch).existsBy({ id: branchId }))) {
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.BRANCH_NOT_FOUND, 'branchId names no branch.', { fields: { branchId: 'unknown branch' } });
    }

    const postalCode = input.postalCode ?? null;
    const hasLat = input.lat !== undefined && input.lat !== null;
    const hasLng = input.lng !== undefined && input.lng !== null;
    if (postalCode !== null && (hasLat || hasLng)) throw badField('postalCode', 'give postalCode or lat and lng, not both');
    if (hasLat !== hasLng) throw badField(hasLat ? 'lng' : 'lat', 'lat and lng come together');
    let origin: { lat: number; lng: number } | null = hasLat && hasLng ? { lat: Number(input.lat), lng: Number(input.lng) } : null;
    if (postalCode !== null) origin = await this.locate(postalCode);
    const radius = input.radiusKm ?? null;
    if (radius !== null && origin === null) throw badField('radiusKm', 'radiusKm needs postalCode, or lat and lng');

    return {
      q,
      employmentTypes,
      branchId,
      postalCode,
      latitude: origin?.lat ?? null,
      longitude: origin?.lng ?? null,
      radiusKm: origin ? (radius ?? DEFAULT_RADIUS_KM) : null,
      payMinDollars: input.payMin ?? null,
    };
  }

  /** The alert's name when the person gives none, e.g. `“forklift operator”, temp-to-hire, within 40 km of 60540`. */
  async describe(criteria: StoredCriteria): Promise<string> {
    const parts: string[] = [];
    if (criteria.q) parts.push(`“${criteria.q.length > 60 ? `${criteria.q.slice(0, 59)}…` : criteria.q}”`);
    if (criteria.employmentTypes?.length) parts.push(criteria.employmentTypes.map((type) => TYPE_WORDS[type]).join(' or '));
    if (criteria.radiusKm !== null) {
      const where = criteria.postalCode ?? `${criteria.latitude?.toFixed(2)}, ${criteria.longitude?.toFixed(2)}`;
      parts.push(`within ${criteria.radiusKm} km of ${where}`);
    }
    if (criteria.branchId) {
      const branch = await this.dataSource.getRepository(Branch).findOne({ where: { id: criteria.branchId }, select: { name: true } });
      if (branch) parts.push(`at ${branch.name}`);
    }
    if (criteria.payMinDollars !== null) parts.push(`from $${criteria.payMinDollars.toLocaleString('en-US')} a year`);
    const text = parts.length ? parts.join(', ') : 'All new jobs';
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  }

  /** A guest's 08:00: the zone of the branch the alert names, or of the branch nearest to its location. */
  async zoneFor(criteria: StoredCriteria): Promise<string | null> {
    if (criteria.branchId) {
      const branch = await this.dataSource.getRepository(Branch).findOne({ where: { id: criteria.branchId }, select: { timeZone: true } });
      if (branch) return branch.timeZone;
    }
    if (criteria.latitude !== null && criteria.longitude !== null) {
      const nearest = await this.branches.nearest({ lat: criteria.latitude, lng: criteria.longitude, limit: 1 });
      return nearest.items[0]?.timeZone ?? null;
    }
    return null;
  }

  private async locate(postalCode: string): Promise<{ lat: number; lng: number }> {
    try {
      return await this.branches.locatePostalCode(postalCode);
    } catch (error) {
      // In a request body an unknown postal code is bad input (400), not a missing resource.
      if (error instanceof ApiError && error.getStatus() === HttpStatus.NOT_FOUND) {
        throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.POSTAL_CODE_UNKNOWN, `We do not know where postal code ${postalCode} is. Use lat and lng instead.`, {
          fields: { postalCode: 'unknown postal code' },
        });
      }
      throw error;
    }
  }

  /** A text of only very common words ("the", "and") has nothing to search for, so the alert could never match. */
  private async checkSearchable(q: string): Promise<void> {
    const [row] = (await this.dataSource.query(`SELECT numnode(websearch_to_tsquery('english', $1)) AS nodes`, [q])) as Array<{ nodes: number }>;
    if (!row || Number(row.nodes) === 0) throw badField('q', 'q has no words to search for (only very common words such as "the")');
  }
}

import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Branch, Job, PostalCode, postalCodeKeys } from '@nextstep/db';
import { In, Repository } from 'typeorm';
import { BoardCache } from '../board-cache/board-cache.service';
import { ApiError } from '../common/errors/api-error';
import { ErrorCode } from '@nextstep/contracts';
import { BranchDto, NearestBranchesDto } from './dto/branch.dto';
import type { CreateBranchDto, UpdateBranchDto } from './dto/branch-write.dto';
import type { NearestBranchesQuery } from './dto/nearest-branches.query';
import { haversineKm, type LatLng } from './geo';
import { badField } from '../common/errors/bad-field';
import { POSTAL_CODE_OR_COORDINATES } from '../common/validation/lat-lng';

@Injectable()
export class BranchesService {
  constructor(
    @InjectRepository(Branch) private readonly branches: Repository<Branch>,
    @InjectRepository(Job) private readonly jobs: Repository<Job>,
    @InjectRepository(PostalCode) private readonly postalCodes: Repository<PostalCode>,
    private readonly cache: BoardCache,
  ) {}

  async list(): Promise<BranchDto[]> {
    return (await this.branches.find({ order: { name: 'ASC' } })).map((b) => BranchDto.from(b));
  }

  async get(id: string): Promise<BranchDto> {
    return BranchDto.from(await this.findOrFail(id));
  }

  /** Branches ordered by great-circle distance from a point or from a known postal code. */
  async nearest(query: NearestBranchesQuery): Promise<NearestBranchesDto> {
    // The query DTO refuses both at once; this guards callers that build the query in code.
    if (query.postalCode !== undefined && (query.lat !== undefined || query.lng !== undefined)) {
      throw badField('postalCode', POSTAL_CODE_OR_COORDINATES);
    }
    const origin: LatLng =
      query.lat !== undefined && query.lng !== undefined
        ? { lat: query.lat, lng: query.lng }
        : await this.locatePostalCode(query.postalCode ?? '');
    // A network has tens of branches, so measuring each in memory is cheaper than a round trip per page.
    const items = (await this.branches.find())
      .map((b) => ({
        ...BranchDto.from(b),
        distanceKm: Math.round(haversineKm(origin, { lat: b.latitude, lng: b.longitude }) * 1000) / 1000,
      }))
      .sort((a, b) => a.distanceKm - b.distanceKm || a.name.localeCompare(b.name))
      .slice(0, query.limit ?? 5);
    return { origin: { latitude: origin.lat, longitude: origin.lng, postalCode: query.postalCode ?? null }, items };
  }

  /** Where a postal code is (see findPostalCode), or 404 POSTAL_CODE_UNKNOWN. */
  async locatePostalCode(postalCode: string): Promise<LatLng> {
    const origin = await this.findPostalCode(postalCode);
    if (!origin) {
      throw new ApiError(
        HttpStatus.NOT_FOUND,
        ErrorCode.POSTAL_CODE_UNKNOWN,
        `We do not know where postal code ${postalCode} is. Search with lat and lng instead.`,
        { fields: { postalCode: 'unknown postal code' } },
      );
    }
    return origin;
  }

  /**
   * Where a postal code is, most precise first:
   * 1. a branch's own coordinates (its street address, where the code's centre may be a few km off);
   * 2. the postal-code table: the US ZIP (a ZIP+4 counts as its ZIP), or the Canadian code's forward
   *    sortation area ("M5V 3L9" → "M5V") when the table does not hold the full code;
   * 3. the centre of the jobs published there, for a code newer than the table. Drafts never count:
   *    their places are not public yet, and an average over one draft would be its exact location.
   * null when none knows it.
   */
  async findPostalCode(postalCode: string): Promise<LatLng | null> {
    const branch = await this.branches.findOne({ where: { postalCode }, order: { name: 'ASC' } });
    if (branch) return { lat: branch.latitude, lng: branch.longitude };
    const keys = postalCodeKeys(postalCode);
    if (keys.length) {
      const known = await this.postalCodes.find({ where: { code: In(keys) }, select: { code: true, latitude: true, longitude: true } });
      // Keys come most precise first: the full Canadian code before its area.
      const best = keys.map((key) => known.find((row) => row.code === key)).find((row) => row !== undefined);
      if (best) return { lat: best.latitude, lng: best.longitude };
    }
    const row = await this.jobs
      .createQueryBuilder('j')
      .select('avg(j.latitude)', 'lat')
      .addSelect('avg(j.longitude)', 'lng')
      .where('j.postal_code = :postalCode', { postalCode })
      .andWhere("j.status <> 'draft'")
      .getRawOne<{ lat: number | null; lng: number | null }>();
    if (row?.lat == null || row.lng == null) return null;
    return { lat: Number(row.lat), lng: Number(row.lng) };
  }

  async create(dto: CreateBranchDto): Promise<BranchDto> {
    return this.saved(this.branches.create(dto));
  }

  async update(id: string, dto: UpdateBranchDto): Promise<BranchDto> {
    const branch = await this.findOrFail(id);
    return this.saved(this.branches.merge(branch, dto));
  }

  // Search results carry the branch name.
  private async saved(branch: Branch): Promise<BranchDto> {
    const dto = BranchDto.from(await this.branches.save(branch));
    await this.cache.invalidate();
    return dto;
  }

  async findOrFail(id: string): Promise<Branch> {
    const branch = await this.branches.findOneBy({ id });
    if (!branch) throw new NotFoundException('There is no branch with this id.');
    return branch;
  }
}

import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Branch, CandidateProfile, Company, Job } from '@nextstep/db';
import { assessResumeFit } from '@nextstep/guidance';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource, Repository } from 'typeorm';
import { BoardCache } from '../board-cache/board-cache.service';
import { SearchDatabase } from '../common/database/search-database.service';
import { BranchesService } from '../branches/branches.service';
import { BranchDto } from '../branches/dto/branch.dto';
import type { LatLng } from '../branches/geo';
import { badField } from '../common/errors/bad-field';
import { ApiError } from '../common/errors/api-error';
import { ErrorCode } from '@nextstep/contracts';
import { CompanyPublicProfileDto, CompanyRefDto } from '../companies/dto/company.dto';
import type { JobResumeFitDto } from './dto/resume-fit.dto';
import { JobDetailDto, JobDto, JobFieldsDto, JobSearchResultDto, JobSummaryDto, PayDto } from './dto/job.dto';
import type { CreateJobDto, UpdateJobDto } from './dto/job-write.dto';
import type { SearchJobsQuery } from './dto/search-jobs.query';
import { JobSuggestionsService } from './suggest/job-suggestions.service';
import { buildJobCounts, buildJobSearch, countsFrom, type JobCountsRow, type JobSearchCriteria, type JobSearchRow } from './job-search.sql';
import { SearchIndexChoice } from './search-index';
import { CursorCodec, CursorError, filterFingerprint, type CursorKey } from './search-cursor';

@Injectable()
export class JobsService {
  private readonly cursors: CursorCodec;
  private readonly index: SearchIndexChoice;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Job) private readonly jobs: Repository<Job>,
    @InjectRepository(CandidateProfile) private readonly profiles: Repository<CandidateProfile>,
    @InjectConfig() config: AppConfig,
    private readonly cache: BoardCache,
    private readonly suggestions: JobSuggestionsService,
    private readonly search: SearchDatabase,
    private readonly branches: BranchesService,
  ) {
    this.cursors = new CursorCodec(config.jwtSecret);
    this.index = new SearchIndexChoice(config.search.index, (sql, params) => this.dataSource.query(sql, params));
  }

  /**
   * The public board: open jobs only, keyset-paginated, as JSON text. Popular
   * searches are answered from the shared board cache without touching Postgres.
   */
  async searchJson(query: SearchJobsQuery): Promise<Buffer> {
    const criteria = this.criteriaFor(query, await this.originOf(query));
    if (!this.cache.enabled) return Buffer.from(JSON.stringify(await this.runSearch(criteria)));
    // The criteria are validated and normalised, so equal searches share one entry whatever their spelling.
    const key = this.cache.keyFor('jobs.search', criteria);
    const cached = await this.cache.lookup(key);
    if (cached.hit) return cached.json;
    const json = Buffer.from(JSON.stringify(await this.runSearch(criteria)));
    this.cache.store(key, cached.version, json);
    return json;
  }

  /**
   * The point a search measures from: lat/lng, or where postalCode is (the
   * nearest-branch finder's lookup). An unknown code is bad input here (400),
   * where the branch finder, whose subject it is, answers 404.
   */
  private async originOf(query: SearchJobsQuery): Promise<LatLng | undefined> {
    if (query.lat !== undefined && query.lng !== undefined) return { lat: query.lat, lng: query.lng };
    if (query.postalCode === undefined) return undefined;
    const origin = await this.branches.findPostalCode(query.postalCode);
    if (origin) return origin;
    throw new ApiError(
      HttpStatus.BAD_REQUEST,
      ErrorCode.POSTAL_CODE_UNKNOWN,
      `We do not know where postal code ${query.postalCode} is. Search with lat and lng instead.`,
      { fields: { postalCode: 'unknown postal code' } },
    );
  }

  private criteriaFor(query: SearchJobsQuery, origin: LatLng | undefined): JobSearchCriteria {
    const q = query.q?.trim() || undefined;
    const sort = query.sort ?? (q ? 'relevance' : 'recent');
    if (sort === 'relevance' && !q) throw badField('sort', 'sort=relevance needs q; use recent or distance without a search text');
    const criteria: JobSearchCriteria = {
      q,
      employmentTypes: query.employmentType?.length ? [...new Set(query.employmentType)].sort() : undefined,
      branchId: query.branchId?.toLowerCase(),
      origin,
      radiusKm: query.radiusKm,
      payMinDollarsPerYear: query.payMin,
      postedWithinDays: query.postedWithinDays,
      sort,
      limit: query.limit ?? 20,
    };
    if (query.cursor !== undefined) {
      try {
        criteria.after = this.cursors.decode(query.cursor, sort, fingerprintOf(criteria));
      } catch (error) {
        if (!(error instanceof CursorError)) throw error;
        throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_CURSOR, error.message, { fields: { cursor: error.message } });
      }
    }
    return criteria;
  }

  private async runSearch(criteria: JobSearchCriteria): Promise<JobSearchResultDto> {
    const { sql, params } = buildJobSearch(criteria, await this.index.path());
    // Counts on the first page only (each reads up to 3 × 1,001 matches); later pages keep the first page's.
    const counts = criteria.after ? undefined : buildJobCounts(criteria);
    // Search's own bounded pool: a flood of searches is refused with 503s and never takes the main pool's connections.
    // Both statements on one connection, one after the other: on a loaded machine a second connection buys no speed,
    // and the search is admitted (or refused) as a whole.
    const { rows, countRows } = await this.search.session(async (run) => ({
      rows: await run<JobSearchRow>(sql, params),
      countRows: counts ? await run<JobCountsRow>(counts.sql, counts.params) : undefined,
    }));
    const page = rows.slice(0, criteria.limit);
    const last = page[page.length - 1];
    // Only a first page that found nothing pays for the correction (one query over the small job_terms table).
    const didYouMean = criteria.q && !criteria.after && page.length === 0 ? await this.suggestions.didYouMean(criteria.q) : null;
    return {
      items: page.map((row) => toSummary(row)),
      didYouMean,
      nextCursor: rows.length > criteria.limit && last ? this.cursors.encode(cursorKey(criteria.sort, last), fingerprintOf(criteria)) : null,
      counts: countRows?.[0] ? countsFrom(countRows[0], criteria.employmentTypes) : null,
    };
  }

  /** A job with its company profile and branch contact. Drafts do not exist publicly. */
  async getPublic(id: string): Promise<JobDetailDto> {
    const job = await this.jobs.findOne({ where: { id }, relations: { branch: true, company: true } });
    if (!job || job.status === 'draft' || !job.branch || !job.company) throw new NotFoundException('There is no job with this id.');
    return {
      ...jobFields(job),
      status: job.status,
      acceptingApplications: isAcceptingApplications(job),
      postedAt: job.postedAt?.toISOString() ?? null,
      closesAt: job.closesAt?.toISOString() ?? null,
      branch: BranchDto.from(job.branch),
      company: CompanyPublicProfileDto.fromCompany(job.company),
    };
  }

  /** The candidate's resume on file against a public job's skills (the same check the application guidance makes). */
  async resumeFit(jobId: string, candidateId: string): Promise<JobResumeFitDto> {
    const job = await this.jobs.findOne({ where: { id: jobId }, select: { id: true, status: true, skills: true } });
    if (!job || job.status === 'draft') throw new NotFoundException('There is no job with this id.');
    const profile = await this.profiles.findOne({ where: { userId: candidateId }, select: { userId: true, resumeText: true } });
    const resumeText = profile?.resumeText?.trim() ?? '';
    return { hasResume: resumeText !== '', ...assessResumeFit(job, resumeText) };
  }

  async get(id: string): Promise<JobDto> {
    return toJobDto(await this.findOrFail(id));
  }

  /** A branch's jobs in every status (drafts too), newest first, for the staff's editor list. */
  async listForStaff(branchId: string | null, limit = 200): Promise<JobDto[]> {
    const rows = await this.jobs.find({ where: branchId ? { branchId } : {}, order: { updatedAt: 'DESC', id: 'DESC' }, take: limit });
    return rows.map(toJobDto);
  }

  /** Posts a job (a draft unless `status: 'open'`, which stamps postedAt). `actorId` is the recruiter. */
  async create(dto: CreateJobDto, actorId: string | null = null): Promise<JobDto> {
    checkPayRange(dto.payMinCents, dto.payMaxCents);
    await this.checkReferences(dto.branchId, dto.companyId);
    const status = dto.status ?? 'draft';
    const job = this.jobs.create({
      ...dto,
      status,
      closesAt: dto.closesAt ?? null,
      postedAt: status === 'open' ? new Date() : null,
      createdById: actorId,
      updatedById: actorId,
    });
    return this.saved(job);
  }

  /** Edits a job; opening a draft (or re-opening) stamps postedAt, so it goes to the top of "recent". */
  async update(id: string, dto: UpdateJobDto, actorId: string | null = null): Promise<JobDto> {
    const job = await this.findOrFail(id);
    if (
      dto.status !== undefined &&
      job.status !== dto.status &&
      (job.status === 'closed' || job.status === 'filled') &&
      dto.status === 'draft'
    ) {
      throw new ApiError(
        HttpStatus.CONFLICT,
        ErrorCode.JOB_STATUS_CHANGE_REFUSED,
        'A closed or filled job cannot go back to draft; re-open it instead.',
      );
    }
    checkPayRange(dto.payMinCents ?? job.payMinCents, dto.payMaxCents ?? job.payMaxCents);
    if (dto.branchId !== undefined || dto.companyId !== undefined)
      await this.checkReferences(dto.branchId ?? job.branchId, dto.companyId ?? job.companyId);
    const opening = dto.status === 'open' && job.status !== 'open';
    this.jobs.merge(job, { ...dto, updatedById: actorId });
    if (opening) job.postedAt = new Date();
    // Relations loaded by merge must not override the new foreign keys.
    delete job.branch;
    delete job.company;
    return this.saved(job);
  }

  /** Takes a job off the board: `closed` (withdrawn) or `filled`. */
  async close(id: string, outcome: 'closed' | 'filled' = 'closed', actorId: string | null = null): Promise<JobDto> {
    const job = await this.findOrFail(id);
    if (job.status === 'draft') {
      throw new ApiError(HttpStatus.CONFLICT, ErrorCode.JOB_STATUS_CHANGE_REFUSED, 'A draft was never open; delete or publish it instead.');
    }
    job.status = outcome;
    job.updatedById = actorId;
    return this.saved(job);
  }

  private async saved(job: Job): Promise<JobDto> {
    const dto = toJobDto(await this.jobs.save(job));
    await this.cache.invalidate();
    return dto;
  }

  async findOrFail(id: string): Promise<Job> {
    const job = await this.jobs.findOneBy({ id });
    if (!job) throw new NotFoundException('There is no job with this id.');
    return job;
  }

  private async checkReferences(branchId: string, companyId: string): Promise<void> {
    const [branch, company] = await Promise.all([
      this.dataSource.getRepository(Branch).existsBy({ id: branchId }),
      this.dataSource.getRepository(Company).existsBy({ id: companyId }),
    ]);
    if (!branch)
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.BRANCH_NOT_FOUND, 'branchId names no branch.', {
        fields: { branchId: 'unknown branch' },
      });
    if (!company)
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.COMPANY_NOT_FOUND, 'companyId names no company.', {
        fields: { companyId: 'unknown company' },
      });
  }
}

function checkPayRange(minCents: number, maxCents: number): void {
  if (minCents > maxCents) {
    throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_PAY_RANGE, 'payMinCents must not exceed payMaxCents.', {
      fields: { payMinCents: 'must not exceed payMaxCents' },
    });
  }
}

function isAcceptingApplications(job: Pick<Job, 'status' | 'closesAt'>): boolean {
  return job.status === 'open' && (job.closesAt === null || job.closesAt.getTime() > Date.now());
}

/** The filters a cursor is bound to (not the sort, limit or position), computed only when a cursor is read or written. */
function fingerprintOf({ sort: _sort, limit: _limit, after: _after, origin, ...filters }: JobSearchCriteria): string {
  return filterFingerprint({ ...filters, origin: origin ? [origin.lat, origin.lng] : undefined });
}

function cursorKey(sort: CursorKey['sort'], row: JobSearchRow): CursorKey {
  if (sort === 'relevance') return { sort, tier: row.tier ?? 3, postedAt: row.posted_key, id: row.id };
  if (sort === 'distance') return { sort, distanceKm: Number(row.distance_km ?? 0), id: row.id };
  return { sort, postedAt: row.posted_key, id: row.id };
}

function toSummary(row: JobSearchRow): JobSummaryDto {
  return {
    id: row.id,
    title: row.title,
    employmentType: row.employment_type,
    city: row.city,
    region: row.region,
    pay: PayDto.fromCents(row.pay_min_cents, row.pay_max_cents, row.pay_period),
    postedAt: new Date(row.posted_at).toISOString(),
    branch: { id: row.branch_id, name: row.branch_name },
    company: CompanyRefDto.from({
      id: row.company_id,
      name: row.company_name,
      industry: row.company_industry,
      confidential: row.company_confidential,
    }),
    snippet: row.snippet,
    distanceKm: row.distance_km === undefined || row.distance_km === null ? null : Math.round(Number(row.distance_km) * 1000) / 1000,
  };
}

function jobFields(job: Job): JobFieldsDto {
  return {
    id: job.id,
    title: job.title,
    description: job.description,
    employmentType: job.employmentType,
    skills: job.skills,
    city: job.city,
    region: job.region,
    postalCode: job.postalCode,
    latitude: job.latitude,
    longitude: job.longitude,
    pay: PayDto.fromCents(job.payMinCents, job.payMaxCents, job.payPeriod),
  };
}

function toJobDto(job: Job): JobDto {
  return {
    ...jobFields(job),
    status: job.status,
    branchId: job.branchId,
    companyId: job.companyId,
    postedAt: job.postedAt?.toISOString() ?? null,
    closesAt: job.closesAt?.toISOString() ?? null,
    createdById: job.createdById,
    updatedById: job.updatedById,
  };
}

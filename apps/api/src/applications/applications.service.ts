import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Application,
  ApplicationEvent,
  Branch,
  CandidateProfile,
  Company,
  EmployerContact,
  Interview,
  Job,
  Message,
  ScheduledEmail,
  User,
  isUniqueViolation,
} from '@nextstep/db';
import { interviewEnd, isHeld, OWED_NEWS_WITHIN_DAYS } from '@nextstep/guidance';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import type { AuthUser } from '../auth/auth-user';
import { BranchDto } from '../branches/dto/branch.dto';
import { CompanyPublicProfileDto, CompanyRefDto } from '../companies/dto/company.dto';
import { ApiError } from '../common/errors/api-error';
import { CursorError, scopeFingerprint, SignedCursorCodec } from '../common/pagination/signed-cursor';
import { isStorableInstant } from '../common/validation/validators';
import { ErrorCode } from '@nextstep/contracts';
import { ApplicationStore, staleVersion } from './application.store';
import type { ApplyDto, ContactDto, StaffApplicationsQuery, TransitionDto } from './dto/application-input.dto';
import type { ApplicationDetailDto, ApplicationPageDto, ApplicationSummaryDto } from './dto/application.dto';

// Stages reached only through the interview routes, which also record the interview itself.
const INTERVIEW_STAGES = new Set(['interview_scheduled', 'interviewed']);

/**
 * Where a staff list page ended: the last row's sort instant (applied or follow-up due) and id. The instant is
 * the exact timestamptz, to the microsecond ("2026-11-25T10:00:00.123456Z"): a JS Date would round it to the
 * millisecond, and rows inside that millisecond would be skipped or repeated at the page boundary.
 */
const STAFF_LIST_POSITION = z.object({
  t: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    .refine((value) => isStorableInstant(new Date(value))),
  id: z.uuid(),
});
type StaffListPosition = z.output<typeof STAFF_LIST_POSITION>;

/** The sort column as the cursor carries it. */
const exactInstant = (column: string): string => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

interface SummaryRow {
  id: string;
  status: Application['status'];
  applied_at: Date;
  version: number;
  follow_up_due_at: Date | null;
  next_interview_at: Date | null;
  job_id: string;
  job_title: string;
  employment_type: string;
  company_id: string;
  company_name: string;
  company_industry: string;
  company_confidential: boolean;
  branch_id: string;
  branch_name: string;
  candidate_id: string;
  candidate_first_name: string;
  candidate_last_name: string;
  candidate_email: string | null;
  candidate_phone: string | null;
  candidate_email_verified: boolean;
  last_interview_at: Date | null;
  sort_key: string;
}

@Injectable()
export class ApplicationsService {
  private readonly cursors: SignedCursorCodec<StaffListPosition>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ApplicationStore,
    @InjectConfig() config: AppConfig,
  ) {
    this.cursors = new SignedCursorCodec(config.jwtSecret, { purpose: 'nextstep:staff-applications-cursor:v1', key: STAFF_LIST_POSITION, scopeNoun: 'list' });
  }

  async apply(candidate: AuthUser, jobId: string, dto: ApplyDto): Promise<ApplicationDetailDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const job = await manager.findOneBy(Job, { id: jobId });
      if (!job || job.status === 'draft') throw new NotFoundException('There is no such job.');
      const now = this.store.now();
      if (job.status !== 'open' || (job.closesAt && job.closesAt <= now)) {
        throw new ApiError(HttpStatus.CONFLICT, ErrorCode.JOB_NOT_OPEN, 'This job is no longer taking applications.');
      }
      // Before the resume check: someone who already applied should hear that, not be asked for a resume.
      const existing = await manager.findOneBy(Application, { jobId, candidateId: candidate.id });
      if (existing) throw alreadyApplied(existing.id);
      const resumeText = dto.resumeText ?? (await manager.findOneBy(CandidateProfile, { userId: candidate.id }))?.resumeText ?? null;
      if (!resumeText) {
        throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.VALIDATION_FAILED, 'Add your resume to your profile or send resumeText with the application.', {
          fields: { resumeText: 'resumeText is required when your profile has no resume' },
        });
      }
      try {
        const application = await manager.save(
          manager.create(Application, { jobId, candidateId: candidate.id, status: 'applied', coverLetter: dto.coverLetter, resumeText, appliedAt: now }),
        );
        await this.store.record(manager, application.id, candidate, { type: 'applied', to: 'applied' });
        await this.store.outbox(manager, 'application.submitted', application.id, {});
        return application.id;
      } catch (error) {
        if (isUniqueViolation(error)) throw alreadyApplied();
        throw error;
      }
    });
    return this.detail(candidate, id);
  }

  async listMine(candidate: AuthUser): Promise<ApplicationSummaryDto[]> {
    const rows = await this.summaryQuery(this.dataSource.manager)
      .where('a.candidate_id = :id', { id: candidate.id })
      .orderBy('a.applied_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getRawMany<SummaryRow>();
    return rows.map((row) => toSummary(row, false));
  }

  /** For recruiters (their branch) and admins; keyset-paged. */
  async listForStaff(user: AuthUser, query: StaffApplicationsQuery): Promise<ApplicationPageDto> {
    const limit = query.limit ?? 20;
    const owed = query.owedNews === true;
    const qb = this.summaryQuery(this.dataSource.manager);
    qb.addSelect(exactInstant(owed ? 'a.follow_up_due_at' : 'a.applied_at'), 'sort_key');
    if (user.role === 'recruiter') qb.andWhere('j.branch_id = :branchId', { branchId: user.branchId });
    if (query.branchId) qb.andWhere('j.branch_id = :queryBranchId', { queryBranchId: query.branchId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.jobId) qb.andWhere('a.job_id = :jobId', { jobId: query.jobId });
    if (owed) {
      const horizon = new Date(this.store.now().getTime() + OWED_NEWS_WITHIN_DAYS * 86_400_000);
      qb.andWhere(`a.status = 'interviewed' AND a.follow_up_due_at IS NOT NULL AND a.follow_up_due_at <= :horizon`, { horizon });
    }
    // The cursor continues this list only: same order, same filters, same caller's view of the branches.
    const scope = scopeFingerprint({
      owed,
      status: query.status,
      jobId: query.jobId,
      branchId: query.branchId,
      viewerBranchId: user.role === 'recruiter' ? user.branchId : null,
    });
    const cursor = query.cursor === undefined ? null : this.decodeCursor(query.cursor, scope);
    if (cursor) {
      const after = '(CAST(:t AS timestamptz), CAST(:id AS uuid))';
      qb.andWhere(owed ? `(a.follow_up_due_at, a.id) > ${after}` : `(a.applied_at, a.id) < ${after}`, { t: cursor.t, id: cursor.id });
    }
    qb.orderBy(owed ? 'a.follow_up_due_at' : 'a.applied_at', owed ? 'ASC' : 'DESC').addOrderBy('a.id', owed ? 'ASC' : 'DESC');
    const rows = await qb.limit(limit + 1).getRawMany<SummaryRow>();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => toSummary(row, true)),
      nextCursor: rows.length > limit && last ? this.cursors.encode({ t: last.sort_key, id: last.id }, scope) : null,
    };
  }

  private decodeCursor(token: string, scope: string): StaffListPosition {
    try {
      return this.cursors.decode(token, scope);
    } catch (error) {
      if (!(error instanceof CursorError)) throw error;
      throw new ApiError(HttpStatus.BAD_REQUEST, ErrorCode.INVALID_CURSOR, error.message, { fields: { cursor: error.message } });
    }
  }

  /** Staff summaries of the given applications, by id (the caller checked they may see them). */
  async summariesById(ids: readonly string[]): Promise<Map<string, ApplicationSummaryDto>> {
    if (ids.length === 0) return new Map();
    const rows = await this.summaryQuery(this.dataSource.manager).where('a.id IN (:...ids)', { ids }).getRawMany<SummaryRow>();
    return new Map(rows.map((row) => [row.id, toSummary(row, true)]));
  }

  async detail(user: AuthUser, id: string, manager: EntityManager = this.dataSource.manager): Promise<ApplicationDetailDto> {
    const { application, job } = await this.store.load(manager, user, id);
    const staff = user.role !== 'candidate';
    const [company, branch, candidate, profile, interviews, events, messages, contacts, emails] = await readAll(manager, [
      () => manager.findOneByOrFail(Company, { id: job.companyId }),
      () => manager.findOneByOrFail(Branch, { id: job.branchId }),
      () => manager.findOneByOrFail(User, { id: application.candidateId }),
      // The file's facts only; the bytes come from the download route.
      () => (staff ? manager.findOneBy(CandidateProfile, { userId: application.candidateId }) : Promise.resolve(null)),
      () => this.store.interviews(manager, id),
      () => manager.find(ApplicationEvent, { where: { applicationId: id }, order: { occurredAt: 'ASC' }, relations: { actor: true } }),
      () => manager.find(Message, { where: { applicationId: id }, order: { createdAt: 'ASC' } }),
      () => manager.find(EmployerContact, { where: { applicationId: id }, order: { contactedAt: 'ASC' } }),
      () => manager.find(ScheduledEmail, { where: { applicationId: id }, order: { sendAt: 'ASC' } }),
    ]);
    return {
      id: application.id,
      status: application.status,
      appliedAt: application.appliedAt,
      version: application.version,
      followUpDueAt: application.followUpDueAt,
      nextInterviewAt: nextInterviewStart(interviews, this.store.now()),
      job: { id: job.id, title: job.title, employmentType: job.employmentType },
      company: CompanyRefDto.from(company),
      branch: { id: branch.id, name: branch.name },
      ...(staff
        ? {
            candidate: {
              ...contactOf(candidate),
              resumeFile:
                profile?.resumeFileName && profile.resumeContentType
                  ? { fileName: profile.resumeFileName, contentType: profile.resumeContentType, sizeBytes: profile.resumeSizeBytes, uploadedAt: profile.resumeUploadedAt }
                  : null,
            },
            lastInterviewAt: lastHeldEnd(interviews, this.store.now()),
          }
        : {}),
      candidateTimeZone: candidate.timeZone,
      coverLetter: application.coverLetter,
      resumeText: application.resumeText,
      lastEmployerContactAt: application.lastEmployerContactAt,
      decisionExpectedBy: application.decisionExpectedBy,
      thankYouSentAt: application.thankYouSentAt,
      lastFollowUpAt: application.lastFollowUpAt,
      companyProfile: CompanyPublicProfileDto.fromCompany(company),
      branchContact: BranchDto.from(branch),
      interviews: interviews.map((i) => ({
        id: i.id,
        applicationId: i.applicationId,
        scheduledAt: i.scheduledAt,
        durationMinutes: i.durationMinutes,
        mode: i.mode,
        location: i.location,
        interviewerName: i.interviewerName,
        // The interviewer's address is the agency's to use (the thank-you note is sent for the candidate).
        interviewerEmail: staff ? i.interviewerEmail : null,
        status: i.status,
        completedAt: i.completedAt,
        nextSteps: i.nextSteps,
      })),
      history: events.map((e) => ({
        type: e.type,
        occurredAt: e.occurredAt,
        from: e.fromStatus,
        to: e.toStatus,
        // Candidates see notes meant for them only, and who acted by role, not by staff id.
        note: staff || e.noteForCandidate ? e.note : null,
        by: staff
          ? { id: e.actorId, name: e.actor ? `${e.actor.firstName} ${e.actor.lastName}` : 'Unknown', role: e.actor?.role ?? 'unknown' }
          : e.actorId === application.candidateId
            ? { id: e.actorId, name: 'You', role: 'candidate' }
            : { id: null, name: branch.name, role: e.actor?.role ?? 'recruiter' },
      })),
      messages: messages.map((m) => ({
        id: m.id,
        kind: m.kind,
        from: m.senderId === application.candidateId ? ('candidate' as const) : ('branch' as const),
        body: m.body,
        createdAt: m.createdAt,
        readAt: m.readAt,
      })),
      contacts: contacts.map((c) => ({ id: c.id, channel: c.channel, summary: c.summary, contactedAt: c.contactedAt })),
      emails: emails.map((e) => ({ id: e.id, kind: e.kind, status: e.status, sendAt: e.sendAt, sentAt: e.sentAt, reason: e.reason })),
    };
  }

  /** A recruiter or admin moves the application along the pipeline. */
  async transition(user: AuthUser, id: string, dto: TransitionDto): Promise<ApplicationDetailDto> {
    if (dto.to === 'withdrawn') {
      throw new ApiError(HttpStatus.CONFLICT, ErrorCode.CANDIDATE_ONLY, 'Only the candidate can withdraw an application.');
    }
    if (INTERVIEW_STAGES.has(dto.to)) {
      throw new ApiError(
        HttpStatus.CONFLICT,
        ErrorCode.USE_INTERVIEW_ROUTES,
        `Move to ${dto.to} by scheduling or completing an interview, so the interview itself is on record.`,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const { application } = await this.store.load(manager, user, id, true);
      if (dto.version !== undefined && dto.version !== application.version) throw staleVersion();
      await this.store.move(manager, application, dto.to, user, {
        type: 'status_changed',
        note: dto.note ?? null,
        noteForCandidate: dto.noteForCandidate ?? false,
        notify: dto.notify ?? true,
      });
      return this.detail(user, id, manager);
    });
  }

  async withdraw(candidate: AuthUser, id: string, note?: string): Promise<ApplicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const { application } = await this.store.load(manager, candidate, id, true);
      await this.store.move(manager, application, 'withdrawn', candidate, { type: 'withdrawn', note: note ?? null });
      return this.detail(candidate, id, manager);
    });
  }

  /** The agency told the candidate where they stand: the follow-up clock restarts. */
  async recordContact(user: AuthUser, id: string, dto: ContactDto): Promise<ApplicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const { application } = await this.store.load(manager, user, id, true);
      if (dto.version !== undefined && dto.version !== application.version) throw staleVersion();
      await this.store.contact(manager, application, user, dto);
      // The candidate finds what they were told with their messages (a call leaves no e-mail to send).
      await manager.insert(Message, { applicationId: id, senderId: user.id, kind: 'message', body: dto.summary, readAt: this.store.now() });
      return this.detail(user, id, manager);
    });
  }

  private summaryQuery(manager: EntityManager) {
    // Interviews that have not ended yet; the one under way counts, so the list never skips it.
    const nextInterview = `(SELECT min(i.scheduled_at) FROM interviews i
      WHERE i.application_id = a.id AND i.status = 'scheduled' AND i.scheduled_at + make_interval(mins => i.duration_minutes) > :now)`;
    const lastInterview = `(SELECT max(coalesce(i.completed_at, i.scheduled_at + make_interval(mins => i.duration_minutes))) FROM interviews i
      WHERE i.application_id = a.id AND i.status <> 'cancelled'
        AND coalesce(i.completed_at, i.scheduled_at + make_interval(mins => i.duration_minutes)) <= :now)`;
    return manager
      .createQueryBuilder(Application, 'a')
      .innerJoin(Job, 'j', 'j.id = a.job_id')
      .innerJoin(Company, 'c', 'c.id = j.company_id')
      .innerJoin(Branch, 'b', 'b.id = j.branch_id')
      .innerJoin(User, 'u', 'u.id = a.candidate_id')
      .select([
        'a.id AS id',
        'a.status AS status',
        'a.applied_at AS applied_at',
        'a.version AS version',
        'a.follow_up_due_at AS follow_up_due_at',
        `${nextInterview} AS next_interview_at`,
        'j.id AS job_id',
        'j.title AS job_title',
        'j.employment_type AS employment_type',
        'c.id AS company_id',
        'c.name AS company_name',
        'c.industry AS company_industry',
        'c.confidential AS company_confidential',
        'b.id AS branch_id',
        'b.name AS branch_name',
        'u.id AS candidate_id',
        'u.first_name AS candidate_first_name',
        'u.last_name AS candidate_last_name',
        'CASE WHEN u.erased_at IS NULL THEN u.email END AS candidate_email',
        'u.phone AS candidate_phone',
        'u.email_verified_at IS NOT NULL AS candidate_email_verified',
        `${lastInterview} AS last_interview_at`,
      ])
      .setParameter('now', this.store.now());
  }
}

/** Names the existing application when it is known, so the portal can link to it. */
function alreadyApplied(applicationId?: string): ApiError {
  return new ApiError(
    HttpStatus.CONFLICT,
    ErrorCode.ALREADY_APPLIED,
    'You have already applied to this job; follow it in your applications.',
    applicationId ? { applicationId } : {},
  );
}

function contactOf(candidate: User): { id: string; firstName: string; lastName: string; email: string | null; phone: string | null; emailVerified: boolean } {
  return {
    id: candidate.id,
    firstName: candidate.firstName,
    lastName: candidate.lastName,
    email: candidate.erasedAt ? null : candidate.email,
    phone: candidate.phone,
    emailVerified: candidate.emailVerifiedAt !== null,
  };
}

/** When the latest held interview ended (cancelled ones never happened). */
function lastHeldEnd(interviews: readonly Interview[], now: Date): Date | null {
  const ends = interviews.filter((i) => i.status !== 'cancelled' && isHeld(i, now)).map((i) => interviewEnd(i).getTime());
  return ends.length > 0 ? new Date(Math.max(...ends)) : null;
}

function nextInterviewStart(interviews: readonly Pick<Interview, 'status' | 'scheduledAt' | 'durationMinutes'>[], now: Date): Date | null {
  const upcoming = interviews
    .filter((i) => i.status === 'scheduled' && i.scheduledAt.getTime() + i.durationMinutes * 60_000 > now.getTime())
    .map((i) => i.scheduledAt.getTime());
  return upcoming.length > 0 ? new Date(Math.min(...upcoming)) : null;
}

function toSummary(row: SummaryRow, forStaff: boolean): ApplicationSummaryDto {
  return {
    id: row.id,
    status: row.status,
    appliedAt: row.applied_at,
    version: row.version,
    followUpDueAt: row.follow_up_due_at,
    nextInterviewAt: row.next_interview_at,
    job: { id: row.job_id, title: row.job_title, employmentType: row.employment_type },
    company: CompanyRefDto.from({ id: row.company_id, name: row.company_name, industry: row.company_industry, confidential: row.company_confidential }),
    branch: { id: row.branch_id, name: row.branch_name },
    ...(forStaff
      ? {
          candidate: {
            id: row.candidate_id,
            firstName: row.candidate_first_name,
            lastName: row.candidate_last_name,
            email: row.candidate_email,
            phone: row.candidate_phone,
            emailVerified: row.candidate_email_verified,
          },
          lastInterviewAt: row.last_interview_at,
        }
      : {}),
  };
}

/**
 * Runs the reads side by side on the pool, or one after another inside a
 * transaction: its single connection runs one query at a time anyway, and pg
 * deprecates queueing a query on a client that is still busy.
 */
async function readAll<T extends readonly unknown[]>(manager: EntityManager, reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!manager.queryRunner) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}

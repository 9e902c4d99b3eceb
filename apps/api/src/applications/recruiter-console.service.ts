import { HttpException, HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Application, APPLICATION_STATUSES, Branch, CandidateProfile, Interview, Job, Message, User, type ApplicationStatus } from '@nextstep/db';
import { ErrorCode } from '@nextstep/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { ApplicationStore, staleVersion } from './application.store';
import { ApplicationsService } from './applications.service';
import { startOfLocalDay } from './branch-day';
import type { BulkTransitionDto, InterviewConflictsQuery, ReplyDto } from './dto/application-input.dto';
import type { ApplicationDetailDto, BulkResultDto, InterviewConflictDto, MessageDto, TodayDto, TodayInterviewDto } from './dto/application.dto';
import { FollowUpsService } from './follow-ups.service';

export interface StoredResumeFile {
  data: Buffer;
  fileName: string;
  contentType: string;
}

/**
 * What the recruiter console needs beyond the candidate-facing routes: the
 * day's work for a branch, replies and read marks, bulk moves, interview
 * clashes and the candidate's resume file. Every read and write is scoped by
 * the same visibility rule as the rest (ApplicationStore.load).
 */
@Injectable()
export class RecruiterConsoleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ApplicationStore,
    private readonly applications: ApplicationsService,
    private readonly followUps: FollowUpsService,
  ) {}

  /** The branch a console page is about: a recruiter's own; for an admin, the one asked for or the first by name. */
  async branchFor(user: AuthUser, branchId?: string): Promise<Branch> {
    const manager = this.dataSource.manager;
    if (user.role === 'recruiter') {
      if (!user.branchId || (branchId && branchId !== user.branchId)) throw new NotFoundException('There is no such branch.');
      return manager.findOneByOrFail(Branch, { id: user.branchId });
    }
    const branch = branchId ? await manager.findOneBy(Branch, { id: branchId }) : await manager.findOne(Branch, { where: {}, order: { name: 'ASC' } });
    if (!branch) throw new NotFoundException('There is no such branch.');
    return branch;
  }

  async today(user: AuthUser, branchId?: string): Promise<TodayDto> {
    const branch = await this.branchFor(user, branchId);
    const now = this.store.now();
    const dayStart = startOfLocalDay(now, branch.timeZone);
    const tomorrowStart = startOfLocalDay(now, branch.timeZone, 1);
    const dayAfterStart = startOfLocalDay(now, branch.timeZone, 2);
    const manager = this.dataSource.manager;

    const [owed, interviews, unread, counts] = await Promise.all([
      this.applications.listForStaff(user, { owedNews: true, branchId: branch.id, limit: 50 }),
      manager
        .createQueryBuilder(Interview, 'i')
        .innerJoin(Application, 'a', 'a.id = i.application_id')
        .innerJoin(Job, 'j', 'j.id = a.job_id')
        .where('j.branch_id = :branchId', { branchId: branch.id })
        .andWhere(`i.status = 'scheduled' AND i.scheduled_at >= :from AND i.scheduled_at < :to`, { from: dayStart, to: dayAfterStart })
        .orderBy('i.scheduled_at', 'ASC')
        .limit(200)
        .getMany(),
      this.followUps.inbox(user, { branchId: branch.id, unreadOnly: true }),
      manager
        .createQueryBuilder(Application, 'a')
        .innerJoin(Job, 'j', 'j.id = a.job_id')
        .select('a.status', 'status')
        .addSelect('count(*)::int', 'count')
        .where('j.branch_id = :branchId', { branchId: branch.id })
        .groupBy('a.status')
        .getRawMany<{ status: ApplicationStatus; count: number }>(),
    ]);

    const summaries = await this.applications.summariesById([...new Set(interviews.map((i) => i.applicationId))]);
    const todays: TodayInterviewDto[] = [];
    for (const interview of interviews) {
      const application = summaries.get(interview.applicationId);
      if (!application) continue;
      todays.push({ interview: toInterviewDto(interview), application, day: interview.scheduledAt < tomorrowStart ? 'today' : 'tomorrow' });
    }
    const byStage = new Map(counts.map((row) => [row.status, Number(row.count)]));
    return {
      branch: { id: branch.id, name: branch.name, timeZone: branch.timeZone },
      now,
      owedNews: owed.items,
      interviews: todays,
      unread,
      stageCounts: APPLICATION_STATUSES.map((stage) => ({ stage, count: byStage.get(stage) ?? 0 })),
    };
  }

  /** Marks a candidate's message read or unread again; only the branch's staff (and admins) can. */
  async markRead(user: AuthUser, messageId: string, read: boolean): Promise<MessageDto> {
    return this.dataSource.transaction(async (manager) => {
      const message = await manager.findOneBy(Message, { id: messageId });
      if (!message) throw new NotFoundException('There is no such message.');
      const { application } = await this.store.load(manager, user, message.applicationId).catch((error: unknown) => {
        throw error instanceof NotFoundException ? new NotFoundException('There is no such message.') : error;
      });
      // Reading twice keeps the first time it was read.
      const readAt = read ? (message.readAt ?? this.store.now()) : null;
      if (readAt !== message.readAt) await manager.update(Message, { id: messageId }, { readAt });
      return {
        id: message.id,
        kind: message.kind,
        from: message.senderId === application.candidateId ? 'candidate' : 'branch',
        body: message.body,
        createdAt: message.createdAt,
        readAt,
      };
    });
  }

  /**
   * A recruiter answers the candidate: the answer is kept with the messages,
   * counts as a contact (the follow-up clock restarts) and is e-mailed to the
   * candidate by the worker.
   */
  async reply(user: AuthUser, applicationId: string, dto: ReplyDto): Promise<ApplicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const { application } = await this.store.load(manager, user, applicationId, true);
      if (dto.version !== undefined && dto.version !== application.version) throw staleVersion();
      await this.store.contact(manager, application, user, { channel: 'email', summary: dto.body });
      const message = await manager.save(manager.create(Message, { applicationId, senderId: user.id, kind: 'message', body: dto.body, readAt: this.store.now() }));
      await this.store.outbox(manager, 'application.recruiter_replied', applicationId, { messageId: message.id });
      return this.applications.detail(user, applicationId, manager);
    });
  }

  /**
   * The same move for many applications, each in its own transaction: one
   * that fails (someone else changed it, it is closed, not yours) says why
   * and leaves the others done.
   */
  async bulkTransition(user: AuthUser, dto: BulkTransitionDto): Promise<BulkResultDto[]> {
    const results: BulkResultDto[] = [];
    for (const item of dto.items) {
      try {
        const moved = await this.dataSource.transaction(async (manager) => {
          const { application } = await this.store.load(manager, user, item.id, true);
          if (item.version !== undefined && item.version !== application.version) throw staleVersion();
          return this.store.move(manager, application, dto.to, user, { type: 'status_changed', note: dto.note ?? null, notify: dto.notify ?? true });
        });
        results.push({ id: item.id, ok: true, status: moved.status, version: moved.version, code: null, message: null });
      } catch (error) {
        if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
        const current = await this.dataSource.manager.findOneBy(Application, { id: item.id });
        const visible = error.getStatus() !== HttpStatus.NOT_FOUND && current !== null;
        results.push({
          id: item.id,
          ok: false,
          status: visible ? current.status : null,
          version: visible ? current.version : null,
          ...errorOf(error),
        });
      }
    }
    return results;
  }

  /** The caller's own scheduled interviews that overlap the planned time. */
  async conflicts(user: AuthUser, query: InterviewConflictsQuery): Promise<InterviewConflictDto[]> {
    const end = new Date(query.start.getTime() + query.durationMinutes * 60_000);
    const qb = this.dataSource.manager
      .createQueryBuilder(Interview, 'i')
      .innerJoin(Application, 'a', 'a.id = i.application_id')
      .innerJoin(Job, 'j', 'j.id = a.job_id')
      .innerJoin(User, 'u', 'u.id = a.candidate_id')
      .select([
        'i.id AS interview_id',
        'a.id AS application_id',
        'i.scheduled_at AS scheduled_at',
        'i.duration_minutes AS duration_minutes',
        'j.title AS job_title',
        'u.id AS candidate_id',
        'u.first_name AS first_name',
        'u.last_name AS last_name',
      ])
      .where(`i.scheduled_by_id = :userId AND i.status = 'scheduled'`, { userId: user.id })
      .andWhere('i.scheduled_at < :end AND i.scheduled_at + make_interval(mins => i.duration_minutes) > :start', { start: query.start, end })
      .orderBy('i.scheduled_at', 'ASC')
      .limit(20);
    if (query.excludeInterviewId) qb.andWhere('i.id <> :exclude', { exclude: query.excludeInterviewId });
    const rows = await qb.getRawMany<{
      interview_id: string;
      application_id: string;
      scheduled_at: Date;
      duration_minutes: number;
      job_title: string;
      candidate_id: string;
      first_name: string;
      last_name: string;
    }>();
    return rows.map((r) => ({
      interviewId: r.interview_id,
      applicationId: r.application_id,
      scheduledAt: r.scheduled_at,
      durationMinutes: r.duration_minutes,
      jobTitle: r.job_title,
      candidate: { id: r.candidate_id, firstName: r.first_name, lastName: r.last_name },
    }));
  }

  /** The resume file on the candidate's profile, for the staff of the application's branch. */
  async resumeFile(user: AuthUser, applicationId: string): Promise<StoredResumeFile> {
    const manager = this.dataSource.manager;
    const { application } = await this.store.load(manager, user, applicationId);
    const profile = await manager
      .getRepository(CandidateProfile)
      .createQueryBuilder('p')
      .addSelect('p.resumeFile')
      .where('p.userId = :userId', { userId: application.candidateId })
      .getOne();
    if (!profile?.resumeFile || !profile.resumeFileName || !profile.resumeContentType) {
      throw new NotFoundException('The candidate has not uploaded a resume file; the resume text is on the application.');
    }
    return { data: profile.resumeFile, fileName: profile.resumeFileName, contentType: profile.resumeContentType };
  }
}

function toInterviewDto(i: Interview): TodayInterviewDto['interview'] {
  return {
    id: i.id,
    applicationId: i.applicationId,
    scheduledAt: i.scheduledAt,
    durationMinutes: i.durationMinutes,
    mode: i.mode,
    location: i.location,
    interviewerName: i.interviewerName,
    interviewerEmail: i.interviewerEmail,
    status: i.status,
    completedAt: i.completedAt,
    nextSteps: i.nextSteps,
  };
}

function errorOf(error: HttpException): { code: string; message: string } {
  const body = error.getResponse();
  if (typeof body === 'object' && body !== null) {
    const { code, message } = body as { code?: unknown; message?: unknown };
    return {
      code: typeof code === 'string' ? code : error.getStatus() === HttpStatus.NOT_FOUND ? ErrorCode.NOT_FOUND : ErrorCode.VALIDATION_FAILED,
      message: typeof message === 'string' ? message : error.message,
    };
  }
  return { code: error.getStatus() === HttpStatus.NOT_FOUND ? ErrorCode.NOT_FOUND : ErrorCode.VALIDATION_FAILED, message: String(body) };
}

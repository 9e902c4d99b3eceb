import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Application, Branch, Company, Interview, User } from '@nextstep/db';
import { isClosedStage } from '@nextstep/guidance';
import { branchContactFrom, companyInfoFrom, interviewCalendarAttachment, interviewCalendarUid, type EmailAttachment } from '@nextstep/mail';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { ApiError } from '../common/errors/api-error';
import { badField } from '../common/errors/bad-field';
import { ApplicationStore, staleVersion, type LoadedApplication } from './application.store';
import { ApplicationsService } from './applications.service';
import type { CompleteInterviewDto, RescheduleInterviewDto, ScheduleInterviewDto } from './dto/application-input.dto';
import type { ApplicationDetailDto } from './dto/application.dto';
import { ErrorCode, interviewHistoryNote, type InterviewNoteFacts } from '@nextstep/contracts';

@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: ApplicationStore,
    private readonly applications: ApplicationsService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * The interview as a calendar file, for the portal's "add to calendar". It
   * has the invitation e-mail's UID and sequence, so importing both leaves one
   * entry, and always the latest time.
   */
  async calendarFile(user: AuthUser, interviewId: string): Promise<EmailAttachment> {
    const manager = this.dataSource.manager;
    const interview = await manager.findOneBy(Interview, { id: interviewId });
    if (!interview) throw new NotFoundException('There is no such interview.');
    const { application, job } = await this.store.load(manager, user, interview.applicationId).catch((error: unknown) => {
      throw error instanceof NotFoundException ? new NotFoundException('There is no such interview.') : error;
    });
    if (interview.status === 'cancelled') {
      throw new ApiError(HttpStatus.CONFLICT, ErrorCode.INTERVIEW_NOT_SCHEDULED, 'This interview was cancelled, so there is nothing to add to a calendar.');
    }
    const [company, branch, candidate] = await Promise.all([
      manager.findOneByOrFail(Company, { id: job.companyId }),
      manager.findOneByOrFail(Branch, { id: job.branchId }),
      manager.findOneByOrFail(User, { id: application.candidateId }),
    ]);
    return interviewCalendarAttachment(
      {
        candidate: { firstName: candidate.firstName, lastName: candidate.lastName, email: candidate.email, timeZone: candidate.timeZone },
        job: { title: job.title },
        company: companyInfoFrom(company),
        branch: branchContactFrom(branch),
        interview: {
          calendarUid: interviewCalendarUid(interview.id, this.config.appBaseUrl),
          sequence: interview.sequence,
          start: interview.scheduledAt,
          durationMinutes: interview.durationMinutes,
          mode: interview.mode,
          location: interview.location,
          interviewerName: interview.interviewerName,
        },
      },
      'PUBLISH',
    );
  }

  /** Records an interview (possibly one that already happened) and moves the application to interview_scheduled. */
  async schedule(user: AuthUser, applicationId: string, dto: ScheduleInterviewDto): Promise<ApplicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const { application, job } = await this.store.load(manager, user, applicationId, true);
      assertVersion(application, dto.version);
      assertOpen(application.status);
      const interview = await manager.save(
        manager.create(Interview, {
          applicationId,
          scheduledAt: dto.scheduledAt,
          durationMinutes: dto.durationMinutes,
          mode: dto.mode,
          location: dto.location ?? null,
          interviewerName: dto.interviewerName,
          interviewerEmail: dto.interviewerEmail ?? null,
          scheduledById: user.id,
        }),
      );
      if (application.status === 'interview_scheduled') {
        // A further interview in the same stage: the due date still moves with it.
        await this.store.save(manager, application, {});
      } else {
        await this.store.move(manager, application, 'interview_scheduled', user, { type: 'status_changed', note: 'Interview scheduled' });
      }
      await this.store.record(manager, applicationId, user, { type: 'interview_scheduled', note: await historyNote(manager, job.branchId, interview) });
      await this.store.outbox(manager, 'interview.scheduled', applicationId, { interviewId: interview.id });
      return this.applications.detail(user, applicationId, manager);
    });
  }

  async reschedule(user: AuthUser, interviewId: string, dto: RescheduleInterviewDto): Promise<ApplicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const { interview, loaded } = await this.loadInterview(manager, user, interviewId);
      assertVersion(loaded.application, dto.version);
      if (interview.status !== 'scheduled') {
        throw new ApiError(HttpStatus.CONFLICT, ErrorCode.INTERVIEW_NOT_SCHEDULED, `This interview is ${interview.status} and can no longer be changed.`);
      }
      const changes: Partial<Interview> = {};
      if (dto.scheduledAt !== undefined) changes.scheduledAt = dto.scheduledAt;
      if (dto.durationMinutes !== undefined) changes.durationMinutes = dto.durationMinutes;
      if (dto.mode !== undefined) changes.mode = dto.mode;
      if (dto.location !== undefined) changes.location = dto.location || null;
      if (dto.interviewerName !== undefined) changes.interviewerName = dto.interviewerName;
      if (dto.interviewerEmail !== undefined) changes.interviewerEmail = dto.interviewerEmail;
      await manager.update(Interview, { id: interviewId }, { ...changes, sequence: interview.sequence + 1 });
      await this.store.save(manager, loaded.application, {});
      const updated = await manager.findOneByOrFail(Interview, { id: interviewId });
      await this.store.record(manager, interview.applicationId, user, { type: 'interview_rescheduled', note: await historyNote(manager, loaded.job.branchId, updated) });
      await this.store.outbox(manager, 'interview.rescheduled', interview.applicationId, { interviewId });
      return this.applications.detail(user, interview.applicationId, manager);
    });
  }

  /** Calls an interview off; with no other interview left the application returns to screening. */
  async cancel(user: AuthUser, interviewId: string, version?: number): Promise<ApplicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const { interview, loaded } = await this.loadInterview(manager, user, interviewId);
      assertVersion(loaded.application, version);
      if (interview.status !== 'scheduled') {
        throw new ApiError(HttpStatus.CONFLICT, ErrorCode.INTERVIEW_NOT_SCHEDULED, `This interview is ${interview.status} and cannot be cancelled.`);
      }
      await manager.update(Interview, { id: interviewId }, { status: 'cancelled', sequence: interview.sequence + 1 });
      const application = loaded.application;
      const remaining = (await this.store.interviews(manager, application.id)).filter((i) => i.status === 'scheduled');
      if (application.status === 'interview_scheduled' && remaining.length === 0) {
        const held = (await this.store.interviews(manager, application.id)).some((i) => i.status === 'completed');
        // After an earlier completed round the candidate is still "interviewed"; otherwise back to screening.
        // The cancellation notice already tells the candidate; "back in screening" news would only confuse.
        await this.store.move(manager, application, held ? 'interviewed' : 'screening', user, { type: 'status_changed', note: 'Interview cancelled', notify: false });
      } else {
        await this.store.save(manager, application, {});
      }
      await this.store.record(manager, application.id, user, { type: 'interview_cancelled', note: await historyNote(manager, loaded.job.branchId, interview) });
      await this.store.outbox(manager, 'interview.cancelled', application.id, { interviewId });
      return this.applications.detail(user, application.id, manager);
    });
  }

  async complete(user: AuthUser, interviewId: string, dto: CompleteInterviewDto): Promise<ApplicationDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const { interview, loaded } = await this.loadInterview(manager, user, interviewId);
      assertVersion(loaded.application, dto.version);
      if (interview.status !== 'scheduled') {
        throw new ApiError(HttpStatus.CONFLICT, ErrorCode.INTERVIEW_NOT_SCHEDULED, `This interview is already ${interview.status}.`);
      }
      const now = this.store.now();
      const completedAt = dto.completedAt ?? now;
      if (completedAt.getTime() > now.getTime()) throw badField('completedAt', 'completedAt cannot be in the future');
      if (completedAt.getTime() < interview.scheduledAt.getTime()) throw badField('completedAt', 'completedAt cannot be before the interview was scheduled to start');
      if (dto.decisionExpectedBy && dto.decisionExpectedBy.getTime() < completedAt.getTime()) {
        throw badField('decisionExpectedBy', 'decisionExpectedBy cannot be before the interview ended');
      }
      await manager.update(Interview, { id: interviewId }, { status: 'completed', completedAt, nextSteps: dto.nextSteps ?? null });
      const application = loaded.application;
      if (dto.decisionExpectedBy) await this.store.save(manager, application, { decisionExpectedBy: dto.decisionExpectedBy });
      if (application.status === 'interview_scheduled') {
        const others = (await this.store.interviews(manager, application.id)).filter((i) => i.status === 'scheduled');
        if (others.length === 0) await this.store.move(manager, application, 'interviewed', user, { type: 'status_changed', note: 'Interview completed' });
        else await this.store.save(manager, application, {});
      } else {
        await this.store.save(manager, application, {});
      }
      await this.store.record(manager, application.id, user, { type: 'interview_completed', note: dto.nextSteps ?? null });
      await this.store.outbox(manager, 'interview.completed', application.id, { interviewId, completedAt: completedAt.toISOString() });
      return this.applications.detail(user, application.id, manager);
    });
  }

  private async loadInterview(manager: EntityManager, user: AuthUser, interviewId: string): Promise<{ interview: Interview; loaded: LoadedApplication }> {
    const interview = await manager.findOneBy(Interview, { id: interviewId });
    if (!interview) throw new NotFoundException('There is no such interview.');
    try {
      const loaded = await this.store.load(manager, user, interview.applicationId, true);
      // Re-read under the application's lock, so two changes to one interview queue up.
      return { interview: await manager.findOneByOrFail(Interview, { id: interviewId }), loaded };
    } catch (error) {
      if (error instanceof NotFoundException) throw new NotFoundException('There is no such interview.');
      throw error;
    }
  }
}

/** A write that names the version it read fails when someone else changed the application since. */
function assertVersion(application: Application, version: number | undefined): void {
  if (version !== undefined && version !== application.version) throw staleVersion();
}

function assertOpen(status: Parameters<typeof isClosedStage>[0]): void {
  if (isClosedStage(status)) {
    throw new ApiError(HttpStatus.CONFLICT, ErrorCode.APPLICATION_CLOSED, `This application is ${status}; no more interviews can be scheduled.`);
  }
}

/** The interview's history line, on its branch's clock (see interviewHistoryNote). */
async function historyNote(manager: EntityManager, branchId: string, interview: InterviewNoteFacts): Promise<string> {
  const { timeZone } = await manager.findOneByOrFail(Branch, { id: branchId });
  return interviewHistoryNote(interview, timeZone);
}

import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import {
  Application,
  ApplicationEvent,
  EmployerContact,
  Interview,
  Job,
  OutboxEvent,
  type ApplicationEventType,
  type ApplicationStatus,
  type ContactChannel,
} from '@nextstep/db';
import { canTransition, followUpDueAt, isClosedStage, toApplicationFacts, type ApplicationFacts, type GuidancePolicy } from '@nextstep/guidance';
import { Clock, InjectConfig, type AppConfig, type OutboxEventType, type OutboxPayloads } from '@nextstep/platform';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { ApiError } from '../common/errors/api-error';
import { ErrorCode } from '@nextstep/contracts';

export interface LoadedApplication {
  application: Application;
  job: Job;
}

/**
 * Reads and changes applications inside a caller's transaction. Every read
 * checks that the caller may see the application (its candidate, a recruiter
 * of the job's branch, or an admin); anything else is "not found", so ids of
 * other people's applications reveal nothing.
 */
@Injectable()
export class ApplicationStore {
  constructor(
    private readonly clock: Clock,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  get policy(): Partial<GuidancePolicy> {
    return { followUpAfterDays: this.config.guidance.followUpAfterDays };
  }

  now(): Date {
    return this.clock.now();
  }

  /** Loads a visible application; `lock` takes a row lock so concurrent changes queue up instead of overwriting. */
  async load(manager: EntityManager, user: AuthUser, id: string, lock = false): Promise<LoadedApplication> {
    const qb = manager.getRepository(Application).createQueryBuilder('a').where('a.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const application = await qb.getOne();
    const job = application ? await manager.findOneBy(Job, { id: application.jobId }) : null;
    if (!application || !job || !this.canSee(user, application, job)) throw new NotFoundException('There is no such application.');
    return { application, job };
  }

  canSee(user: AuthUser, application: Pick<Application, 'candidateId'>, job: Pick<Job, 'branchId'>): boolean {
    if (user.role === 'admin') return true;
    if (user.role === 'recruiter') return user.branchId !== null && job.branchId === user.branchId;
    return application.candidateId === user.id;
  }

  async interviews(manager: EntityManager, applicationId: string): Promise<Interview[]> {
    return manager.find(Interview, { where: { applicationId }, order: { scheduledAt: 'ASC' } });
  }

  /** The facts the guidance rules decide on (the same mapping as the worker's). */
  async facts(manager: EntityManager, application: Application): Promise<ApplicationFacts> {
    return toApplicationFacts(application, await this.interviews(manager, application.id));
  }

  /** Saves the application with its refreshed due date; a concurrent change since loading is a 409. */
  async save(manager: EntityManager, application: Application, changes: Partial<Application>): Promise<Application> {
    Object.assign(application, changes);
    const due = followUpDueAt(await this.facts(manager, application), this.policy);
    const result = await manager
      .createQueryBuilder()
      .update(Application)
      .set({ ...changes, followUpDueAt: due, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: application.id, version: application.version })
      .returning(['version', 'updated_at'])
      .execute();
    if (!result.affected) throw staleVersion();
    const [row] = result.raw as Array<{ version: number; updated_at: Date }>;
    application.followUpDueAt = due;
    application.version = row?.version ?? application.version + 1;
    return application;
  }

  /** Moves the application through the pipeline, writing its history event. */
  async move(
    manager: EntityManager,
    application: Application,
    to: ApplicationStatus,
    actor: AuthUser,
    event: { type: ApplicationEventType; note?: string | null; noteForCandidate?: boolean; notify?: boolean },
  ): Promise<Application> {
    const from = application.status;
    if (!canTransition(from, to)) throw invalidTransition(from, to);
    const now = this.now();
    await this.save(manager, application, { status: to, closedAt: isClosedStage(to) ? now : null });
    await this.record(manager, application.id, actor, { type: event.type, from, to, note: event.note ?? null, noteForCandidate: event.noteForCandidate ?? false });
    await this.outbox(manager, 'application.status_changed', application.id, { from, to, notify: event.notify ?? true });
    return application;
  }

  /**
   * The agency told the candidate where they stand: the contact is on record
   * and the follow-up clock restarts from it. Closed applications have
   * nothing more to tell.
   */
  async contact(manager: EntityManager, application: Application, actor: AuthUser, contact: { channel: ContactChannel; summary: string }): Promise<EmployerContact> {
    if (isClosedStage(application.status)) {
      throw new ApiError(HttpStatus.CONFLICT, ErrorCode.APPLICATION_CLOSED, `This application is ${application.status}; there is nothing more to tell.`);
    }
    const now = this.now();
    const saved = await manager.save(
      manager.create(EmployerContact, { applicationId: application.id, recruiterId: actor.id, channel: contact.channel, summary: contact.summary, contactedAt: now }),
    );
    await this.save(manager, application, { lastEmployerContactAt: now });
    // What the candidate was told is theirs to read again.
    await this.record(manager, application.id, actor, { type: 'contact_recorded', note: `${contact.channel}: ${contact.summary}`, noteForCandidate: true });
    await this.outbox(manager, 'application.contact_recorded', application.id, { contactedAt: now.toISOString() });
    return saved;
  }

  async record(
    manager: EntityManager,
    applicationId: string,
    actor: AuthUser,
    event: { type: ApplicationEventType; from?: ApplicationStatus | null; to?: ApplicationStatus | null; note?: string | null; noteForCandidate?: boolean },
  ): Promise<void> {
    await manager.insert(ApplicationEvent, {
      applicationId,
      actorId: actor.id,
      type: event.type,
      fromStatus: event.from ?? null,
      toStatus: event.to ?? null,
      note: event.note ?? null,
      // Staff notes are internal unless marked for the candidate; the candidate's own words are theirs.
      noteForCandidate: actor.role === 'candidate' || (event.noteForCandidate ?? false),
      occurredAt: this.now(),
    });
  }

  /** Announces a change to the worker, in the same transaction as the change. Ids and times only. */
  async outbox<T extends OutboxEventType>(manager: EntityManager, type: T, applicationId: string | null, payload: OutboxPayloads[T]): Promise<void> {
    await manager.insert(OutboxEvent, { type, applicationId, payload });
  }
}

export function invalidTransition(from: ApplicationStatus, to: ApplicationStatus): ApiError {
  return new ApiError(HttpStatus.CONFLICT, ErrorCode.INVALID_TRANSITION, `An application cannot move from ${from} to ${to}.`, { from, to });
}

export function staleVersion(): ApiError {
  return new ApiError(HttpStatus.CONFLICT, ErrorCode.STALE_VERSION, 'Someone else changed this application a moment ago; reload it and try again.');
}

import { Injectable } from '@nestjs/common';
import { Application, Interview, User } from '@nextstep/db';
import { InjectConfig, interviewIdOf, type AppConfig, type OutboxEventOf } from '@nextstep/platform';
import { In, type EntityManager } from 'typeorm';
import type { EmailKind } from '@nextstep/mail';
import { ScheduledEmailStore, type NewScheduledEmail } from '../store/scheduled-email.store';
import {
  describeEvent,
  planEventEmails,
  planInterviewNotice,
  planRecomputedEmails,
  RECOMPUTED_KINDS,
  reconcilePending,
  type PendingEmail,
  type PlannedEmail,
  type PlanInput,
} from './email-plan';

/** What Redis must be told once the transaction has committed. */
export interface QueueChanges {
  add: Array<{ id: string; sendAt: Date }>;
  remove: string[];
}

export type RelayedEvent = OutboxEventOf;

/** The pending rows one part of the plan is responsible for, and what that part plans. */
interface Scope {
  owns: (row: PendingEmail) => boolean;
  planned: PlannedEmail[];
}

export function emptyChanges(): QueueChanges {
  return { add: [], remove: [] };
}

/**
 * Turns outbox events into inserted and cancelled scheduled_emails rows,
 * inside the relay's transaction. Redis is only told after the commit
 * (see {@link QueueChanges}), so Redis being down can never lose a row.
 */
@Injectable()
export class EmailScheduler {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly store: ScheduledEmailStore,
  ) {}

  /** One event; the relay's fallback when a batch fails, to find the one bad event. */
  apply(manager: EntityManager, event: RelayedEvent, now: Date, changes: QueueChanges): Promise<void> {
    return this.applyBatch(manager, [event], now, changes);
  }

  /**
   * The whole batch in a handful of statements (the relay's hot path): every
   * application is locked, loaded and planned once, however many of its
   * events the batch holds, then rows are cancelled and inserted in bulk.
   */
  async applyBatch(manager: EntityManager, events: RelayedEvent[], now: Date, changes: QueueChanges): Promise<void> {
    for (const event of events) {
      if (event.type === 'candidate.erased') {
        changes.remove.push(...(await this.store.cancelForRecipient(manager, event.payload.userId, `cancelled: ${describeEvent(event)}`)));
      }
    }
    const byApplication = new Map<string, RelayedEvent[]>();
    for (const event of events) {
      if (event.type === 'candidate.erased' || !event.applicationId) continue;
      byApplication.set(event.applicationId, [...(byApplication.get(event.applicationId) ?? []), event]);
    }
    const ids = [...byApplication.keys()].sort();
    if (!ids.length) return;
    // Two relays planning one application would both plan from the same rows; take turns. Sorted, so
    // two relays locking overlapping sets never wait on each other in a cycle.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext(x)) FROM (SELECT unnest($1::text[]) AS x ORDER BY 1) s', [ids]);
    const applications = await manager.find(Application, { where: { id: In(ids) } });
    // One after another: the transaction has a single connection, which runs one query at a time anyway.
    const interviews = await manager.find(Interview, { where: { applicationId: In(ids) }, order: { scheduledAt: 'ASC' } });
    const candidates = await manager.find(User, {
      where: { id: In([...new Set(applications.map((a) => a.candidateId))]) },
      select: { id: true, timeZone: true, erasedAt: true },
    });
    const pendingByApplication = await this.store.pendingFor(manager, ids);
    const candidateById = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const cancels = new Map<string, string>();
    const inserts: NewScheduledEmail[] = [];
    for (const application of applications) {
      const candidate = candidateById.get(application.candidateId);
      const appEvents = byApplication.get(application.id) ?? [];
      const last = appEvents[appEvents.length - 1];
      if (!candidate || !last) continue;
      const input = this.planInput(application, interviews.filter((interview) => interview.applicationId === application.id), candidate, now);
      const why = describeEvent(last);
      const pending = pendingByApplication.get(application.id) ?? [];
      for (const scope of this.scopes(appEvents, input)) {
        const inScope = pending.filter(scope.owns);
        const { cancel, insert } = reconcilePending(inScope, scope.planned);
        for (const row of cancel) if (!cancels.has(row.id)) cancels.set(row.id, `${row.rescheduled ? 'rescheduled' : 'cancelled'}: ${why}`);
        inserts.push(...insert.map((email) => ({ ...email, applicationId: application.id, recipientUserId: candidate.id })));
      }
    }
    await this.store.cancel(manager, cancels);
    changes.remove.push(...cancels.keys());
    changes.add.push(...(await this.store.insert(manager, inserts)));
  }

  /**
   * The sets of rows each event's plan owns: the recomputed reminders always, plus
   * the notice an interview event calls for, plus the one-off e-mails of the
   * event (owned by their identity, so a new note never touches an earlier one).
   * A cancelled interview's unsent confirmation must not go out, so its scope plans nothing.
   */
  private scopes(events: RelayedEvent[], input: PlanInput): Scope[] {
    const scopes: Scope[] = [{ owns: (row) => RECOMPUTED_KINDS.includes(row.kind as EmailKind), planned: planRecomputedEmails(input) }];
    const ofInterview = (kind: EmailKind, interviewId: string) => (row: PendingEmail) => row.kind === kind && row.interviewId === interviewId;
    for (const event of events) {
      const interviewId = interviewIdOf(event);
      const notice = planInterviewNotice(event.type, input.interviews.find((interview) => interview.id === interviewId), input);
      if (notice?.interviewId) scopes.push({ owns: ofInterview(notice.kind, notice.interviewId), planned: [notice] });
      if (event.type === 'interview.cancelled' && interviewId) scopes.push({ owns: ofInterview('interview_confirmation', interviewId), planned: [] });
      for (const email of planEventEmails(event, input)) scopes.push({ owns: (row) => row.dedupeKey === email.dedupeKey, planned: [email] });
    }
    return scopes;
  }

  private planInput(application: Application, interviews: Interview[], candidate: Pick<User, 'timeZone' | 'erasedAt'>, now: Date): PlanInput {
    return {
      application,
      interviews,
      candidate: { timeZone: candidate.timeZone, erased: candidate.erasedAt !== null },
      settings: {
        followUpAfterDays: this.config.guidance.followUpAfterDays,
        thankYouDelayMinutes: this.config.emails.thankYouDelayMinutes,
        sendWindow: this.config.emails.sendWindow,
      },
      now,
    };
  }
}

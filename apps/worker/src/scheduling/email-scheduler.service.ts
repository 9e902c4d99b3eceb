import { Injectable } from '@nestjs/common';
import { Application, Interview, User, type OutboxEventType } from '@nextstep/db';
import { In } from 'typeorm';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import type { EntityManager } from 'typeorm';
import {
  describeEvent,
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

export interface RelayedEvent {
  id: string;
  type: OutboxEventType;
  applicationId: string | null;
  payload: Record<string, unknown>;
}

interface PendingRow {
  id: string;
  application_id: string;
  kind: string;
  interview_id: string | null;
  dedupe_key: string;
  send_at: Date;
  status: 'scheduled' | 'sending';
}

export function emptyChanges(): QueueChanges {
  return { add: [], remove: [] };
}

/** The partial unique index that makes an e-mail's identity exist once among pending and sent rows. */
const IDENTITY_CONFLICT = `ON CONFLICT (dedupe_key) WHERE status IN ('scheduled', 'sending', 'sent') DO NOTHING`;

/**
 * Turns outbox events into inserted and cancelled scheduled_emails rows,
 * inside the relay's transaction. Redis is only told after the commit
 * (see {@link QueueChanges}), so Redis being down can never lose a row.
 */
@Injectable()
export class EmailScheduler {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

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
      const userId = event.payload['userId'];
      if (event.type === 'candidate.erased' && typeof userId === 'string') {
        await this.cancelForRecipient(manager, userId, describeEvent(event.type, event.payload), changes);
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
    // One index lookup per application (LATERAL): with `application_id = ANY(...)` the planner may instead walk
    // every pending row through scheduled_emails_pending_idx when its statistics are stale, which it did at 300,000 rows.
    const pendingRows = (await manager.query(
      `SELECT s.id, s.application_id, s.kind, s.interview_id, s.dedupe_key, s.send_at, s.status
         FROM unnest($1::uuid[]) AS a(id)
        CROSS JOIN LATERAL (
          SELECT id, application_id, kind, interview_id, dedupe_key, send_at, status FROM scheduled_emails
           WHERE application_id = a.id AND status IN ('scheduled', 'sending')) s`,
      [ids],
    )) as PendingRow[];
    const candidateById = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const cancels = new Map<string, string>();
    const inserts: Array<PlannedEmail & { applicationId: string; recipientUserId: string }> = [];
    for (const application of applications) {
      const candidate = candidateById.get(application.candidateId);
      const appEvents = byApplication.get(application.id) ?? [];
      const last = appEvents[appEvents.length - 1];
      if (!candidate || !last) continue;
      const input = this.planInput(application, interviews.filter((interview) => interview.applicationId === application.id), candidate, now);
      const why = describeEvent(last.type, last.payload);
      const pending: PendingEmail[] = pendingRows
        .filter((row) => row.application_id === application.id)
        .map((row) => ({ id: row.id, kind: row.kind, interviewId: row.interview_id, dedupeKey: row.dedupe_key, sendAt: new Date(row.send_at), status: row.status }));
      for (const scope of this.scopes(appEvents, input)) {
        const inScope = pending.filter((row) => scope.kinds.includes(row.kind) && (scope.interviewId === null || row.interviewId === scope.interviewId));
        const { cancel, insert } = reconcilePending(inScope, scope.planned);
        for (const row of cancel) if (!cancels.has(row.id)) cancels.set(row.id, `${row.rescheduled ? 'rescheduled' : 'cancelled'}: ${why}`);
        inserts.push(...insert.map((email) => ({ ...email, applicationId: application.id, recipientUserId: candidate.id })));
      }
    }
    if (cancels.size) {
      // A row being sent right now is cancelled too: its worker checks the status again just before SMTP.
      await manager.query(
        `UPDATE scheduled_emails s SET status = 'cancelled', reason = v.reason, lease_until = NULL, updated_at = now()
           FROM unnest($1::uuid[], $2::text[]) AS v(id, reason)
          WHERE s.id = v.id AND s.status IN ('scheduled', 'sending')`,
        [[...cancels.keys()], [...cancels.values()]],
      );
      changes.remove.push(...cancels.keys());
    }
    if (inserts.length) {
      const inserted = (await manager.query(
        `INSERT INTO scheduled_emails (application_id, kind, interview_id, recipient_user_id, dedupe_key, send_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[])
         ${IDENTITY_CONFLICT}
         RETURNING id, send_at`,
        [
          inserts.map((email) => email.applicationId),
          inserts.map((email) => email.kind),
          inserts.map((email) => email.interviewId),
          inserts.map((email) => email.recipientUserId),
          inserts.map((email) => email.dedupeKey),
          inserts.map((email) => email.sendAt.toISOString()),
        ],
      )) as Array<{ id: string; send_at: Date }>;
      changes.add.push(...inserted.map((row) => ({ id: row.id, sendAt: row.send_at })));
    }
  }

  /**
   * The sets of rows each event's plan owns: the recomputed reminders always, plus
   * the notice an interview event calls for. A cancelled interview's unsent
   * confirmation must not go out, so its scope plans nothing.
   */
  private scopes(events: RelayedEvent[], input: PlanInput): Array<{ kinds: readonly string[]; interviewId: string | null; planned: PlannedEmail[] }> {
    const scopes: Array<{ kinds: readonly string[]; interviewId: string | null; planned: PlannedEmail[] }> = [
      { kinds: RECOMPUTED_KINDS, interviewId: null, planned: planRecomputedEmails(input) },
    ];
    for (const event of events) {
      const interviewId = typeof event.payload['interviewId'] === 'string' ? event.payload['interviewId'] : null;
      const notice = planInterviewNotice(event.type, input.interviews.find((interview) => interview.id === interviewId), input);
      if (notice) scopes.push({ kinds: [notice.kind], interviewId: notice.interviewId, planned: [notice] });
      if (event.type === 'interview.cancelled' && interviewId) scopes.push({ kinds: ['interview_confirmation'], interviewId, planned: [] });
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

  private async cancelForRecipient(manager: EntityManager, userId: string, why: string, changes: QueueChanges): Promise<void> {
    const rows = (await manager.query(
      `UPDATE scheduled_emails SET status = 'cancelled', reason = $2, updated_at = now()
        WHERE recipient_user_id = $1 AND status IN ('scheduled', 'sending') RETURNING id`,
      [userId, `cancelled: ${why}`],
    )) as [Array<{ id: string }>, number];
    for (const row of rows[0]) changes.remove.push(row.id);
  }
}

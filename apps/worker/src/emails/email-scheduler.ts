import { Injectable } from '@nestjs/common';
import { Application, Interview, User, type OutboxEventType } from '@nextstep/db';
import { In } from 'typeorm';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import type { EntityManager } from 'typeorm';
import { describeEvent, planInterviewNotice, planRecomputedEmails, RECOMPUTED_KINDS, type PlannedEmail, type PlanInput } from './email-plan';

interface PendingWithApplication extends PendingRow {
  application_id: string;
}

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
  kind: string;
  interview_id: string | null;
  dedupe_key: string;
}

export function emptyChanges(): QueueChanges {
  return { add: [], remove: [] };
}

/**
 * Turns one outbox event into inserted and cancelled scheduled_emails rows,
 * inside the relay's transaction. Redis is only told after the commit
 * (see {@link QueueChanges}), so Redis being down can never lose a row.
 */
@Injectable()
export class EmailScheduler {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /**
   * The whole batch in a handful of statements (the relay's hot path): every
   * application is locked, loaded and planned once, however many of its
   * events the batch holds, then rows are cancelled and inserted in bulk.
   * Same result as {@link apply} per event; the relay falls back to that when
   * a batch fails, to find the one bad event.
   */
  async applyBatch(manager: EntityManager, events: RelayedEvent[], now: Date, changes: QueueChanges): Promise<void> {
    for (const event of events.filter((candidate) => candidate.type === 'candidate.erased')) await this.apply(manager, event, now, changes);
    const byApplication = new Map<string, RelayedEvent[]>();
    for (const event of events) {
      if (event.type === 'candidate.erased' || !event.applicationId) continue;
      byApplication.set(event.applicationId, [...(byApplication.get(event.applicationId) ?? []), event]);
    }
    const ids = [...byApplication.keys()].sort();
    if (!ids.length) return;
    // Sorted, so two relays locking overlapping sets never wait on each other in a cycle.
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
    const pending = (await manager.query(
      `SELECT s.id, s.application_id, s.kind, s.interview_id, s.dedupe_key
         FROM unnest($1::uuid[]) AS a(id)
        CROSS JOIN LATERAL (
          SELECT id, application_id, kind, interview_id, dedupe_key FROM scheduled_emails
           WHERE application_id = a.id AND status IN ('scheduled', 'sending')) s`,
      [ids],
    )) as PendingWithApplication[];
    const candidateById = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const cancels: Array<{ id: string; reason: string }> = [];
    const inserts: Array<PlannedEmail & { applicationId: string; recipientUserId: string }> = [];
    for (const application of applications) {
      const candidate = candidateById.get(application.candidateId);
      const appEvents = byApplication.get(application.id) ?? [];
      const last = appEvents[appEvents.length - 1];
      if (!candidate || !last) continue;
      const input = this.planInput(application, interviews.filter((interview) => interview.applicationId === application.id), candidate, now);
      const why = describeEvent(last.type, last.payload);
      const rows = pending.filter((row) => row.application_id === application.id);
      const scopes: Array<{ kinds: readonly string[]; interviewId: string | null; planned: PlannedEmail[] }> = [
        { kinds: RECOMPUTED_KINDS, interviewId: null, planned: planRecomputedEmails(input) },
      ];
      for (const event of appEvents) {
        const interviewId = typeof event.payload['interviewId'] === 'string' ? event.payload['interviewId'] : null;
        const notice = planInterviewNotice(event.type, input.interviews.find((interview) => interview.id === interviewId), input);
        if (notice) scopes.push({ kinds: [notice.kind], interviewId: notice.interviewId, planned: [notice] });
        if (event.type === 'interview.cancelled' && interviewId) scopes.push({ kinds: ['interview_confirmation'], interviewId, planned: [] });
      }
      for (const scope of scopes) {
        const inScope = rows.filter((row) => scope.kinds.includes(row.kind) && (scope.interviewId === null || row.interview_id === scope.interviewId));
        const plannedKeys = new Set(scope.planned.map((email) => email.dedupeKey));
        for (const row of inScope) {
          if (plannedKeys.has(row.dedupe_key) || cancels.some((cancel) => cancel.id === row.id)) continue;
          const replaced = scope.planned.some((email) => email.kind === row.kind && email.interviewId === row.interview_id);
          cancels.push({ id: row.id, reason: `${replaced ? 'rescheduled' : 'cancelled'}: ${why}` });
        }
        const pendingKeys = new Set(inScope.map((row) => row.dedupe_key));
        for (const email of scope.planned) {
          if (!pendingKeys.has(email.dedupeKey)) inserts.push({ ...email, applicationId: application.id, recipientUserId: candidate.id });
        }
      }
    }
    if (cancels.length) {
      await manager.query(
        `UPDATE scheduled_emails s SET status = 'cancelled', reason = v.reason, lease_until = NULL, updated_at = now()
           FROM unnest($1::uuid[], $2::text[]) AS v(id, reason)
          WHERE s.id = v.id AND s.status IN ('scheduled', 'sending')`,
        [cancels.map((cancel) => cancel.id), cancels.map((cancel) => cancel.reason)],
      );
      changes.remove.push(...cancels.map((cancel) => cancel.id));
    }
    if (inserts.length) {
      const inserted = (await manager.query(
        `INSERT INTO scheduled_emails (application_id, kind, interview_id, recipient_user_id, dedupe_key, send_at)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[])
         ON CONFLICT (dedupe_key) WHERE status <> 'cancelled' DO NOTHING
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

  async apply(manager: EntityManager, event: RelayedEvent, now: Date, changes: QueueChanges): Promise<void> {
    if (event.type === 'candidate.erased') {
      const userId = event.payload['userId'];
      if (typeof userId === 'string') await this.cancelForRecipient(manager, userId, describeEvent(event.type, event.payload), changes);
      return;
    }
    if (!event.applicationId) return;
    // Two relays handling two events of one application would both plan from the same rows; take turns.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [event.applicationId]);

    const application = await manager.findOneBy(Application, { id: event.applicationId });
    if (!application) return;
    const interviews = await manager.find(Interview, { where: { applicationId: application.id }, order: { scheduledAt: 'ASC' } });
    const candidate = await manager.findOne(User, { where: { id: application.candidateId }, select: { id: true, timeZone: true, erasedAt: true } });
    if (!candidate) return;
    const input: PlanInput = {
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
    const why = describeEvent(event.type, event.payload);

    const interviewId = typeof event.payload['interviewId'] === 'string' ? event.payload['interviewId'] : null;
    const notice = planInterviewNotice(
      event.type,
      interviews.find((interview) => interview.id === interviewId),
      input,
    );
    if (notice) await this.reconcile(manager, application.id, candidate.id, [notice.kind], [notice], why, changes, notice.interviewId);
    if (event.type === 'interview.cancelled' && interviewId) {
      // A confirmation not sent yet for a cancelled interview must not go out.
      await this.reconcile(manager, application.id, candidate.id, ['interview_confirmation'], [], why, changes, interviewId);
    }
    await this.reconcile(manager, application.id, candidate.id, RECOMPUTED_KINDS, planRecomputedEmails(input), why, changes);
  }

  /**
   * Makes the pending (`scheduled` or `sending`) rows of these kinds equal the plan: rows the plan no
   * longer has are cancelled (with the reason), planned rows that do not
   * exist yet are inserted. Rows already sent, skipped or failed for the same
   * dedupe key are left alone, so nothing is sent twice.
   */
  private async reconcile(
    manager: EntityManager,
    applicationId: string,
    recipientUserId: string,
    kinds: readonly string[],
    planned: PlannedEmail[],
    why: string,
    changes: QueueChanges,
    interviewId?: string | null,
  ): Promise<void> {
    const pending = (await manager.query(
      `SELECT id, kind, interview_id, dedupe_key FROM scheduled_emails
        WHERE application_id = $1 AND status IN ('scheduled', 'sending') AND kind = ANY($2)
          AND ($3::uuid IS NULL OR interview_id = $3)`,
      [applicationId, kinds, interviewId ?? null],
    )) as PendingRow[];
    const plannedKeys = new Set(planned.map((email) => email.dedupeKey));
    const stale = pending.filter((row) => !plannedKeys.has(row.dedupe_key));
    for (const row of stale) {
      const replaced = planned.some((email) => email.kind === row.kind && email.interviewId === row.interview_id);
      await manager.query(
        // A row being sent right now is cancelled too: its worker checks the status again just before SMTP.
        `UPDATE scheduled_emails SET status = 'cancelled', reason = $2, lease_until = NULL, updated_at = now()
          WHERE id = $1 AND status IN ('scheduled', 'sending')`,
        [row.id, `${replaced ? 'rescheduled' : 'cancelled'}: ${why}`],
      );
      changes.remove.push(row.id);
    }
    const pendingKeys = new Set(pending.map((row) => row.dedupe_key));
    for (const email of planned) {
      if (pendingKeys.has(email.dedupeKey)) continue;
      const inserted = (await manager.query(
        `INSERT INTO scheduled_emails (application_id, kind, interview_id, recipient_user_id, dedupe_key, send_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (dedupe_key) WHERE status <> 'cancelled' DO NOTHING
         RETURNING id`,
        [applicationId, email.kind, email.interviewId, recipientUserId, email.dedupeKey, email.sendAt],
      )) as Array<{ id: string }>;
      const [row] = inserted;
      if (row) changes.add.push({ id: row.id, sendAt: email.sendAt });
    }
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

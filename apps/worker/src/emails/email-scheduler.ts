import { Injectable } from '@nestjs/common';
import { Application, Interview, User, type OutboxEventType } from '@nextstep/db';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import type { EntityManager } from 'typeorm';
import { describeEvent, planInterviewNotice, planRecomputedEmails, RECOMPUTED_KINDS, type PlannedEmail, type PlanInput } from './email-plan';

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
    const [interviews, candidate] = await Promise.all([
      manager.find(Interview, { where: { applicationId: application.id }, order: { scheduledAt: 'ASC' } }),
      manager.findOne(User, { where: { id: application.candidateId }, select: { id: true, timeZone: true, erasedAt: true } }),
    ]);
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

import type { MigrationInterface, QueryRunner } from 'typeorm';

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * An e-mail's dedupe key now names what it is about (the interview, the
 * follow-up cycle), not when it is due, and the unique index covers pending
 * and sent rows only. Existing rows are re-keyed: for each identity the row
 * already sent (or else the pending one) takes the new key, and a pending row
 * whose identity was already sent is cancelled, since sending it would be the
 * duplicate this change exists to stop.
 */
export class EmailIdentity1790000500000 implements MigrationInterface {
  name = 'EmailIdentity1790000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "scheduled_emails_dedupe_key"`);
    // Thank-you reminders: one per interview.
    await queryRunner.query(`
      WITH ranked AS (
        SELECT id, status, interview_id,
               row_number() OVER (PARTITION BY interview_id ORDER BY (status = 'sent') DESC, sent_at, created_at) AS rank
          FROM scheduled_emails
         WHERE kind = 'thank_you_reminder' AND interview_id IS NOT NULL AND status IN ('scheduled', 'sending', 'sent'))
      UPDATE scheduled_emails s
         SET dedupe_key = CASE WHEN r.rank = 1 THEN 'thank_you_reminder:' || r.interview_id ELSE s.dedupe_key END,
             status = CASE WHEN r.rank > 1 AND r.status <> 'sent' THEN 'cancelled' ELSE s.status END,
             reason = CASE WHEN r.rank > 1 AND r.status <> 'sent' THEN 'cancelled: a reminder about this interview was already sent' ELSE s.reason END,
             updated_at = now()
        FROM ranked r WHERE s.id = r.id`);
    // Follow-up reminders: one per cycle (the latest interview, or a contact recorded after it).
    await queryRunner.query(`
      WITH latest AS (
        SELECT DISTINCT ON (application_id) application_id, id,
               COALESCE(completed_at, scheduled_at + make_interval(mins => duration_minutes)) AS ended
          FROM interviews WHERE status <> 'cancelled'
         ORDER BY application_id, ended DESC, id DESC
      ), cycle AS (
        SELECT a.id AS application_id,
               CASE WHEN a.last_employer_contact_at > l.ended
                    THEN 'follow_up_reminder:' || a.id || ':contact:' || to_char(a.last_employer_contact_at AT TIME ZONE 'UTC', ${ISO})
                    ELSE 'follow_up_reminder:' || a.id || ':interview:' || l.id END AS key,
               GREATEST(l.ended, COALESCE(a.last_employer_contact_at, l.ended)) AS anchor
          FROM latest l JOIN applications a ON a.id = l.application_id
      ), ranked AS (
        SELECT s.id, s.status, c.key,
               row_number() OVER (PARTITION BY s.application_id ORDER BY (s.status = 'sent') DESC, s.sent_at, s.created_at) AS rank
          FROM scheduled_emails s JOIN cycle c ON c.application_id = s.application_id
         WHERE s.kind = 'follow_up_reminder'
           AND (s.status IN ('scheduled', 'sending') OR (s.status = 'sent' AND s.sent_at >= c.anchor)))
      UPDATE scheduled_emails s
         SET dedupe_key = CASE WHEN r.rank = 1 THEN r.key ELSE s.dedupe_key END,
             status = CASE WHEN r.rank > 1 AND r.status <> 'sent' THEN 'cancelled' ELSE s.status END,
             reason = CASE WHEN r.rank > 1 AND r.status <> 'sent' THEN 'cancelled: the reminder for this follow-up was already sent' ELSE s.reason END,
             updated_at = now()
        FROM ranked r WHERE s.id = r.id`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "scheduled_emails_dedupe_key" ON "scheduled_emails" ("dedupe_key") WHERE "status" IN ('scheduled', 'sending', 'sent')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "scheduled_emails_dedupe_key"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "scheduled_emails_dedupe_key" ON "scheduled_emails" ("dedupe_key") WHERE "status" <> 'cancelled'`);
  }
}

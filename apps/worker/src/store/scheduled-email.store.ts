import { Injectable } from '@nestjs/common';
import { ScheduledEmail as ScheduledEmailEntity, type ApplicationStatus, type Branch, type Company, type Interview, type ScheduledEmail, type User } from '@nextstep/db';
import type { PoolClient } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { PendingEmail, PlannedEmail, PlanInput, PlannedInterview } from '../scheduling/email-plan';

/*
 * Every statement on scheduled_emails, in one place. A row is the truth about
 * one e-mail: `scheduled` → `sending` (a claim with a lease) → `sent`, or
 * `cancelled`/`skipped`/`failed` with the reason. The BullMQ job only wakes
 * the worker. Statements that belong to the relay's transaction take its
 * EntityManager; the others run on their own.
 */

/** The scheduled_emails fields the content depends on. */
export type ClaimedEmail = Pick<ScheduledEmail, 'id' | 'kind' | 'applicationId' | 'interviewId' | 'recipientUserId' | 'dedupeKey'>;

export interface ClaimedWithContext {
  row: ClaimedEmail;
  context: SendContext;
}

type ContextInterview = PlannedInterview & Pick<Interview, 'mode' | 'location' | 'interviewerName' | 'interviewerEmail'>;

/** Everything an e-mail depends on at send time, read in the same statement that claims the row. */
export interface SendContext {
  application: PlanInput['application'] | null;
  job: { id: string; title: string; city: string } | null;
  company: Pick<Company, 'name' | 'website' | 'industry' | 'mission' | 'values' | 'goals' | 'operations' | 'confidential'> | null;
  branch: Pick<Branch, 'name' | 'phone' | 'email' | 'addressLine' | 'city' | 'region' | 'postalCode' | 'openingHours' | 'timeZone'> | null;
  candidate: (Pick<User, 'id' | 'firstName' | 'lastName' | 'email' | 'timeZone' | 'erasedAt' | 'deactivatedAt'> & { guidanceEmails: boolean | null }) | null;
  interviews: ContextInterview[];
  /** The candidate's note the e-mail delivers, if it has one and it still exists. */
  /** `senderName`: who wrote it (the candidate, or the recruiter for a reply). */
  note: { body: string; createdAt: Date; senderName: string } | null;
  /** The active recruiters of the job's branch (read only for e-mails to the agency). */
  recruiters: Array<{ name: string; email: string }>;
  /** Other open jobs at the branch, most alike first (read only for a rejection). */
  similarJobs: Array<{ id: string; title: string; city: string }>;
}

/** A planned e-mail with the rows it belongs to. */
export type NewScheduledEmail = PlannedEmail & { applicationId: string; recipientUserId: string };

/** The partial unique index that makes an e-mail's identity exist once among pending and sent rows. */
const IDENTITY_CONFLICT = `ON CONFLICT (dedupe_key) WHERE status IN ('scheduled', 'sending', 'sent') DO NOTHING`;

/*
 * Claims the rows (still scheduled, or a claim whose worker died: lease ran
 * out) and reads, for each, the application, job, company, branch, candidate, e-mail
 * preference and interviews, in one statement: e-mails go out by the
 * thousand, and each round trip to Postgres costs more than the planning.
 * The CTE's UPDATE and the reads share one snapshot of the other tables.
 */
const CLAIM_AND_LOAD = `
WITH claimed AS (
  UPDATE scheduled_emails SET status = 'sending', attempts = attempts + 1,
         lease_until = now() + make_interval(secs => $2::int), updated_at = now()
   WHERE id = ANY($1::uuid[]) AND (status = 'scheduled' OR (status = 'sending' AND lease_until < now()))
  RETURNING id, kind, application_id, interview_id, recipient_user_id, dedupe_key, note_id
)
SELECT s.id, s.kind, s.application_id, s.interview_id, s.recipient_user_id, s.dedupe_key,
       m.body AS m_body, m.created_at AS m_created_at,
       (SELECT w.first_name || ' ' || w.last_name FROM users w WHERE w.id = m.sender_id) AS m_sender_name,
       a.id AS a_id, a.status AS a_status, a.applied_at AS a_applied_at, a.last_employer_contact_at AS a_last_employer_contact_at,
       a.decision_expected_by AS a_decision_expected_by, a.thank_you_sent_at AS a_thank_you_sent_at,
       a.last_follow_up_at AS a_last_follow_up_at,
       j.id AS j_id, j.title AS j_title, j.city AS j_city,
       c.name AS c_name, c.website AS c_website, c.industry AS c_industry, c.mission AS c_mission, c.values AS c_values,
       c.goals AS c_goals, c.operations AS c_operations, c.confidential AS c_confidential,
       b.name AS b_name, b.phone AS b_phone, b.email AS b_email, b.address_line AS b_address_line, b.city AS b_city,
       b.region AS b_region, b.postal_code AS b_postal_code, b.opening_hours AS b_opening_hours, b.time_zone AS b_time_zone,
       u.id AS u_id, u.first_name AS u_first_name, u.last_name AS u_last_name, u.email AS u_email, u.time_zone AS u_time_zone,
       u.erased_at AS u_erased_at, u.deactivated_at AS u_deactivated_at, p.guidance_emails AS p_guidance_emails,
       (SELECT json_agg(json_build_object(
                 'id', i.id, 'status', i.status, 'mode', i.mode, 'location', i.location, 'interviewerName', i.interviewer_name,
                 'interviewerEmail', i.interviewer_email,
                 'durationMinutes', i.duration_minutes, 'sequence', i.sequence,
                 'scheduledAt', (extract(epoch FROM i.scheduled_at) * 1000)::float8,
                 'completedAt', (extract(epoch FROM i.completed_at) * 1000)::float8)
               ORDER BY i.scheduled_at)
          FROM interviews i WHERE i.application_id = a.id) AS interviews,
       -- CASE evaluates lazily: reminders to candidates never pay for these two reads.
       CASE WHEN s.kind IN ('thank_you_note', 'candidate_message') THEN
         (SELECT json_agg(json_build_object('name', r.first_name || ' ' || r.last_name, 'email', r.email) ORDER BY r.email)
            FROM users r WHERE r.role = 'recruiter' AND r.branch_id = j.branch_id AND r.deactivated_at IS NULL AND r.erased_at IS NULL)
       END AS recruiters,
       CASE WHEN s.kind = 'stage_rejected' THEN
         (SELECT json_agg(json_build_object('id', o.id, 'title', o.title, 'city', o.city))
            FROM (SELECT id, title, city FROM jobs
                   WHERE status = 'open' AND branch_id = j.branch_id AND id <> j.id
                   ORDER BY (employment_type = j.employment_type) DESC, posted_at DESC NULLS LAST LIMIT 3) o)
       END AS similar_jobs
  FROM claimed s
  LEFT JOIN messages m ON m.id = s.note_id
  LEFT JOIN applications a ON a.id = s.application_id
  LEFT JOIN jobs j ON j.id = a.job_id
  LEFT JOIN companies c ON c.id = j.company_id
  LEFT JOIN branches b ON b.id = j.branch_id
  LEFT JOIN users u ON u.id = a.candidate_id
  LEFT JOIN candidate_profiles p ON p.user_id = u.id`;

interface ClaimRow {
  id: string;
  kind: string;
  application_id: string;
  interview_id: string | null;
  recipient_user_id: string;
  dedupe_key: string;
  a_id: string | null;
  a_status: ApplicationStatus;
  a_applied_at: Date;
  a_last_employer_contact_at: Date | null;
  a_decision_expected_by: Date | null;
  a_thank_you_sent_at: Date | null;
  a_last_follow_up_at: Date | null;
  m_body: string | null;
  m_created_at: Date | null;
  m_sender_name: string | null;
  j_id: string | null;
  j_title: string | null;
  j_city: string;
  c_name: string | null;
  c_website: string | null;
  c_industry: string;
  c_mission: string;
  c_values: string[];
  c_goals: string;
  c_operations: string;
  c_confidential: boolean;
  b_name: string | null;
  b_phone: string;
  b_email: string;
  b_address_line: string;
  b_city: string;
  b_region: string;
  b_postal_code: string;
  b_opening_hours: string;
  b_time_zone: string;
  u_id: string | null;
  u_first_name: string;
  u_last_name: string;
  u_email: string;
  u_time_zone: string;
  u_erased_at: Date | null;
  u_deactivated_at: Date | null;
  p_guidance_emails: boolean | null;
  interviews: Array<Omit<ContextInterview, 'scheduledAt' | 'completedAt'> & { scheduledAt: number; completedAt: number | null }> | null;
  recruiters: Array<{ name: string; email: string }> | null;
  similar_jobs: Array<{ id: string; title: string; city: string }> | null;
}

function contextOf(r: ClaimRow): SendContext {
  return {
    application: r.a_id
      ? {
          id: r.a_id,
          status: r.a_status,
          appliedAt: r.a_applied_at,
          lastEmployerContactAt: r.a_last_employer_contact_at,
          decisionExpectedBy: r.a_decision_expected_by,
          thankYouSentAt: r.a_thank_you_sent_at,
          lastFollowUpAt: r.a_last_follow_up_at,
        }
      : null,
    job: r.j_id !== null && r.j_title !== null ? { id: r.j_id, title: r.j_title, city: r.j_city } : null,
    company:
      r.c_name !== null
        ? {
            name: r.c_name,
            website: r.c_website,
            industry: r.c_industry,
            mission: r.c_mission,
            values: r.c_values,
            goals: r.c_goals,
            operations: r.c_operations,
            confidential: r.c_confidential,
          }
        : null,
    branch:
      r.b_name !== null
        ? {
            name: r.b_name,
            phone: r.b_phone,
            email: r.b_email,
            addressLine: r.b_address_line,
            city: r.b_city,
            region: r.b_region,
            postalCode: r.b_postal_code,
            openingHours: r.b_opening_hours,
            timeZone: r.b_time_zone,
          }
        : null,
    candidate: r.u_id
      ? {
          id: r.u_id,
          firstName: r.u_first_name,
          lastName: r.u_last_name,
          email: r.u_email,
          timeZone: r.u_time_zone,
          erasedAt: r.u_erased_at,
          deactivatedAt: r.u_deactivated_at,
          guidanceEmails: r.p_guidance_emails,
        }
      : null,
    interviews: (r.interviews ?? []).map((interview) => ({
      ...interview,
      scheduledAt: new Date(interview.scheduledAt),
      completedAt: interview.completedAt === null ? null : new Date(interview.completedAt),
    })),
    note: r.m_body !== null && r.m_created_at !== null ? { body: r.m_body, createdAt: r.m_created_at, senderName: r.m_sender_name ?? '' } : null,
    recruiters: r.recruiters ?? [],
    similarJobs: r.similar_jobs ?? [],
  };
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

@Injectable()
export class ScheduledEmailStore {
  constructor(private readonly dataSource: DataSource) {}

  // --- planning (inside the relay's transaction) ---

  /** The rows still to be sent or being sent, of these applications, by application. */
  async pendingFor(manager: EntityManager, applicationIds: string[]): Promise<Map<string, PendingEmail[]>> {
    // One index lookup per application (LATERAL): with `application_id = ANY(...)` the planner may instead walk
    // every pending row through scheduled_emails_pending_idx when its statistics are stale, which it did at 300,000 rows.
    const rows = (await manager.query(
      `SELECT s.id, s.application_id, s.kind, s.interview_id, s.dedupe_key, s.send_at, s.status
         FROM unnest($1::uuid[]) AS a(id)
        CROSS JOIN LATERAL (
          SELECT id, application_id, kind, interview_id, dedupe_key, send_at, status FROM scheduled_emails
           WHERE application_id = a.id AND status IN ('scheduled', 'sending')) s`,
      [applicationIds],
    )) as PendingRow[];
    const byApplication = new Map<string, PendingEmail[]>();
    for (const row of rows) {
      const pending: PendingEmail = {
        id: row.id,
        kind: row.kind,
        interviewId: row.interview_id,
        dedupeKey: row.dedupe_key,
        sendAt: new Date(row.send_at),
        status: row.status,
      };
      byApplication.set(row.application_id, [...(byApplication.get(row.application_id) ?? []), pending]);
    }
    return byApplication;
  }

  /** Cancels pending rows, each with its reason. A row being sent right now is cancelled too: its worker checks the status again just before SMTP. */
  async cancel(manager: EntityManager, reasons: ReadonlyMap<string, string>): Promise<void> {
    if (!reasons.size) return;
    await manager.query(
      `UPDATE scheduled_emails s SET status = 'cancelled', reason = v.reason, lease_until = NULL, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v(id, reason)
        WHERE s.id = v.id AND s.status IN ('scheduled', 'sending')`,
      [[...reasons.keys()], [...reasons.values()]],
    );
  }

  /** Cancels every pending e-mail to one person; returns the ids. */
  async cancelForRecipient(manager: EntityManager, userId: string, reason: string): Promise<string[]> {
    const [rows] = (await manager.query(
      `UPDATE scheduled_emails SET status = 'cancelled', reason = $2, lease_until = NULL, updated_at = now()
        WHERE recipient_user_id = $1 AND status IN ('scheduled', 'sending') RETURNING id`,
      [userId, reason],
    )) as [Array<{ id: string }>, number];
    return rows.map((row) => row.id);
  }

  /** Inserts the e-mails whose identity is neither pending nor sent; returns the rows really inserted. */
  async insert(manager: EntityManager, emails: NewScheduledEmail[]): Promise<Array<{ id: string; sendAt: Date }>> {
    if (!emails.length) return [];
    const inserted = (await manager.query(
      `INSERT INTO scheduled_emails (application_id, kind, interview_id, recipient_user_id, dedupe_key, send_at, note_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::uuid[])
       ${IDENTITY_CONFLICT}
       RETURNING id, send_at`,
      [
        emails.map((email) => email.applicationId),
        emails.map((email) => email.kind),
        emails.map((email) => email.interviewId),
        emails.map((email) => email.recipientUserId),
        emails.map((email) => email.dedupeKey),
        emails.map((email) => email.sendAt.toISOString()),
        emails.map((email) => email.noteId ?? null),
      ],
    )) as Array<{ id: string; send_at: Date }>;
    return inserted.map((row) => ({ id: row.id, sendAt: row.send_at }));
  }

  // --- sending ---

  /**
   * Claims the rows for this attempt and reads their context, in one statement.
   * One answer per id, in order: null when the row is not claimable (sent,
   * cancelled, held by a live claim, gone) or when the same id came earlier
   * in the list, so two jobs for one row never both send it.
   */
  async claimAndLoad(ids: string[], leaseSeconds: number): Promise<Array<ClaimedWithContext | null>> {
    const runner = this.dataSource.createQueryRunner();
    let rows: ClaimRow[];
    try {
      const client = (await runner.connect()) as PoolClient;
      // A named statement is planned once per connection instead of on every batch (about 3 ms each).
      rows = (await client.query<ClaimRow>({ name: 'nextstep-claim-and-load', text: CLAIM_AND_LOAD, values: [[...new Set(ids)], leaseSeconds] })).rows;
    } finally {
      await runner.release();
    }
    const byId = new Map(rows.map((found) => [found.id, found]));
    return ids.map((id) => {
      const found = byId.get(id);
      if (!found) return null;
      byId.delete(id);
      const row: ClaimedEmail = {
        id: found.id,
        kind: found.kind,
        applicationId: found.application_id,
        interviewId: found.interview_id,
        recipientUserId: found.recipient_user_id,
        dedupeKey: found.dedupe_key,
      };
      return { row, context: contextOf(found) };
    });
  }

  /** Renews the lease of rows still claimed; false for a row cancelled meanwhile. */
  async renew(ids: string[], leaseSeconds: number): Promise<boolean[]> {
    const [renewed] = (await this.dataSource.query(
      `UPDATE scheduled_emails SET lease_until = now() + make_interval(secs => $2::int)
        WHERE id = ANY($1::uuid[]) AND status = 'sending' RETURNING id`,
      [ids, leaseSeconds],
    )) as [Array<{ id: string }>, number];
    const live = new Set(renewed.map((row) => row.id));
    return ids.map((id) => live.has(id));
  }

  /** Marked sent even if a cancellation arrived during the SMTP conversation: the row must say what happened. */
  async markSent(sent: Array<{ id: string; messageId: string }>): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_emails s SET status = 'sent', message_id = v.message_id, sent_at = now(), lease_until = NULL, last_error = NULL,
              updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v(id, message_id)
        WHERE s.id = v.id`,
      [sent.map((row) => row.id), sent.map((row) => row.messageId)],
    );
  }

  /** Hands a claimed row back for the next attempt (transient failure). */
  async release(id: string, lastError?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_emails SET status = 'scheduled', lease_until = NULL, last_error = COALESCE($2, last_error), updated_at = now()
        WHERE id = $1 AND status = 'sending'`,
      [id, lastError ?? null],
    );
  }

  async finish(id: string, status: 'skipped' | 'failed', details: { reason?: string; lastError?: string }): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_emails SET status = $2, reason = COALESCE($3, reason), last_error = COALESCE($4, last_error), lease_until = NULL, updated_at = now()
        WHERE id = $1 AND status = 'sending'`,
      [id, status, details.reason ?? null, details.lastError ?? null],
    );
  }

  async statusOf(id: string): Promise<ScheduledEmail['status'] | null> {
    const row = await this.dataSource.getRepository(ScheduledEmailEntity).findOne({ where: { id }, select: { id: true, status: true } });
    return row?.status ?? null;
  }

  // --- queueing ---

  /**
   * Bookkeeping only, so rows another transaction holds (a sender marking them sent, the relay cancelling
   * them) are skipped, not waited for: waiting closed a deadlock with a sender's batched markSent, which
   * Postgres then aborted after the SMTP server had accepted the e-mails. A row left unmarked is the sweep's,
   * and the sweep looks at its job before queueing anything.
   */
  async markEnqueued(ids: string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE scheduled_emails SET enqueued_at = now()
        WHERE id IN (SELECT id FROM scheduled_emails WHERE id = ANY($1::uuid[]) FOR UPDATE SKIP LOCKED)`,
      [ids],
    );
  }

  /** Rows Redis may be missing: never queued, overdue (`send_at` before `overdueBefore`), or claimed by a worker whose lease ran out. */
  async sweepCandidates(overdueBefore: Date, limit: number): Promise<Array<{ id: string; sendAt: Date; neverQueued: boolean }>> {
    const rows = (await this.dataSource.query(
      `SELECT id, send_at, enqueued_at IS NULL AS never_queued FROM scheduled_emails
        WHERE (status = 'scheduled' AND (enqueued_at IS NULL OR send_at < $1))
           OR (status = 'sending' AND lease_until < now())
        ORDER BY send_at LIMIT $2`,
      [overdueBefore, limit],
    )) as Array<{ id: string; send_at: Date; never_queued: boolean }>;
    return rows.map((row) => ({ id: row.id, sendAt: row.send_at, neverQueued: row.never_queued }));
  }
}

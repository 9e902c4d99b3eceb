import { Injectable } from '@nestjs/common';
import type { EmploymentType, JobAlertFrequency, PayPeriod } from '@nextstep/db';
import { DataSource, type EntityManager } from 'typeorm';
import { alertCanSendSql, alertMatchesJobSql } from './alert-match.sql';
import { jobTokensSql } from './match-tokens';

/*
 * Every statement on job_alerts, job_alert_matches and the matcher's state,
 * in one place. The matcher and the runs take a manager of the connection
 * that holds the job-alert lock (see `exclusive`).
 */

/** An alert whose current criteria the worker has not matched yet. */
export interface UnmatchedAlert {
  id: string;
  criteriaVersion: number;
  queryTree: string | null;
  employmentTypes: EmploymentType[] | null;
  branchId: string | null;
  latitude: number | null;
  longitude: number | null;
  radiusKm: number | null;
}

/** What an alert e-mail (or a guest's confirmation) is built from, read at send time. */
export interface AlertSendContext {
  emailId: string;
  kind: string;
  alert: {
    id: string;
    name: string;
    frequency: JobAlertFrequency;
    timeZone: string;
    active: boolean;
    confirmedAt: Date | null;
    confirmNonce: string | null;
    confirmExpiresAt: Date | null;
    guestEmail: string | null;
    emailKey: string | null;
    criteria: {
      q: string | null;
      employmentTypes: string[] | null;
      branchId: string | null;
      postalCode: string | null;
      lat: number | null;
      lng: number | null;
      radiusKm: number | null;
      payMin: number | null;
    };
    user: { id: string; email: string; firstName: string; lastName: string; erasedAt: Date | null; deactivatedAt: Date | null } | null;
  } | null;
  /** The open jobs this e-mail lists, newest first (at most `listed`). */
  jobs: Array<{
    id: string;
    title: string;
    city: string;
    region: string;
    employmentType: EmploymentType;
    payMinCents: number;
    payMaxCents: number;
    payPeriod: PayPeriod;
    description: string;
  }>;
  /** How many of its jobs are still open, listed or not. */
  openCount: number;
}

/** One lock for matching and planning, across every worker: runs never interleave. */
const LOCK = `hashtext('nextstep-job-alerts')`;
/** The statuses after which an e-mail's jobs were not delivered and go to the alert's next e-mail. */
const UNDELIVERED = `('skipped', 'failed', 'cancelled')`;

@Injectable()
export class JobAlertStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` on one connection that holds the job-alert advisory lock
   * (waiting for it). A worker that dies loses its connection and the lock
   * with it; nothing is left half-done, since each step commits on its own.
   */
  async exclusive<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(${LOCK})`);
      try {
        return await work(runner.manager);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(${LOCK})`);
      }
    } finally {
      await runner.release();
    }
  }

  // --- matching ---

  async unmatched(manager: EntityManager, limit: number): Promise<UnmatchedAlert[]> {
    const rows = (await manager.query(
      `SELECT id, criteria_version, querytree(query)::text AS query_tree, employment_types::text[] AS employment_types, branch_id,
              latitude, longitude, radius_km
         FROM job_alerts
        WHERE matched_version < criteria_version AND active AND confirmed_at IS NOT NULL
        ORDER BY id LIMIT $1`,
      [limit],
    )) as Array<{
      id: string;
      criteria_version: number;
      query_tree: string | null;
      employment_types: EmploymentType[] | null;
      branch_id: string | null;
      latitude: number | null;
      longitude: number | null;
      radius_km: number | null;
    }>;
    return rows.map((row) => ({
      id: row.id,
      criteriaVersion: row.criteria_version,
      queryTree: row.query_tree,
      employmentTypes: row.employment_types,
      branchId: row.branch_id,
      latitude: row.latitude,
      longitude: row.longitude,
      radiusKm: row.radius_km,
    }));
  }

  /** How many of the `sample` most recently opened jobs carry each token: the cost of each anchor. */
  async tokenCounts(manager: EntityManager, sample: number): Promise<Map<string, number>> {
    const rows = (await manager.query(
      `SELECT token, count(*)::int AS n
         FROM (SELECT ${jobTokensSql('j')} AS tokens FROM jobs j WHERE j.status = 'open' ORDER BY j.posted_at DESC LIMIT $1) s,
              unnest(s.tokens) AS token
        GROUP BY token`,
      [sample],
    )) as Array<{ token: string; n: number }>;
    return new Map(rows.map((row) => [row.token, row.n]));
  }

  /**
   * Stores the alerts' new tokens and matches their current criteria against
   * the jobs opened since their last e-mail (or since they started), in one
   * transaction. Matches not yet e-mailed were found under the old criteria
   * and go first. An alert edited again meanwhile keeps its newer version
   * (the version check) and is matched on the next run.
   */
  async saveTokensAndMatch(manager: EntityManager, alerts: Array<{ id: string; version: number; tokens: string[] }>, now: Date): Promise<number> {
    if (!alerts.length) return 0;
    return manager.transaction(async (tx) => {
      const ids = alerts.map((alert) => alert.id);
      const updated = (await tx.query(
        `UPDATE job_alerts a SET match_tokens = v.tokens, matched_version = v.version
           FROM (SELECT unnest($1::uuid[]) AS id, unnest($2::int[]) AS version, unnest($3::text[]) AS tokens_json) t,
                LATERAL (SELECT t.id, t.version, ARRAY(SELECT json_array_elements_text(t.tokens_json::json)) AS tokens) v
          WHERE a.id = v.id AND a.criteria_version = v.version
          RETURNING a.id`,
        [ids, alerts.map((alert) => alert.version), alerts.map((alert) => JSON.stringify(alert.tokens))],
      )) as [Array<{ id: string }>, number];
      const matched = updated[0].map((row) => row.id);
      if (!matched.length) return 0;
      await tx.query(`DELETE FROM job_alert_matches WHERE alert_id = ANY($1::uuid[]) AND scheduled_email_id IS NULL`, [matched]);
      const [inserted] = (await tx.query(
        `WITH added AS (
           INSERT INTO job_alert_matches (alert_id, job_id, matched_at)
           SELECT a.id, j.id, $2 FROM job_alerts a
             JOIN jobs j ON j.status = 'open' AND j.posted_at > GREATEST(a.active_since, COALESCE(a.last_window_at, a.active_since))
                        AND ${alertMatchesJobSql('a', 'j', '$2')}
            WHERE a.id = ANY($1::uuid[])
           ON CONFLICT DO NOTHING RETURNING 1)
         SELECT count(*)::int AS n FROM added`,
        [matched, now],
      )) as Array<{ n: number }>;
      return inserted?.n ?? 0;
    });
  }

  async jobsMatchedThrough(manager: EntityManager): Promise<Date | null> {
    const [row] = (await manager.query(`SELECT jobs_matched_through FROM job_alert_matcher_state WHERE id`)) as Array<{ jobs_matched_through: Date | null }>;
    return row?.jobs_matched_through ?? null;
  }

  async setJobsMatchedThrough(manager: EntityManager, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO job_alert_matcher_state (id, jobs_matched_through) VALUES (true, $1)
       ON CONFLICT (id) DO UPDATE SET jobs_matched_through = GREATEST(job_alert_matcher_state.jobs_matched_through, EXCLUDED.jobs_matched_through)`,
      [at],
    );
  }

  /**
   * The reverse direction: the jobs opened in (from, to], each joined only to
   * the alerts that share a token with it (GIN index on match_tokens), then
   * checked against the full criteria. Returns the matches added.
   */
  async matchOpenedJobs(manager: EntityManager, from: Date, to: Date): Promise<number> {
    const [result] = (await manager.query(
      `WITH added AS (
         INSERT INTO job_alert_matches (alert_id, job_id, matched_at)
         SELECT a.id, j.id, $2
           FROM jobs j
           JOIN job_alerts a ON a.match_tokens && ${jobTokensSql('j')} AND a.active AND a.confirmed_at IS NOT NULL
                            AND ${alertMatchesJobSql('a', 'j', '$2')}
          WHERE j.status = 'open' AND j.posted_at > $1 AND j.posted_at <= $2
         ON CONFLICT DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
      [from, to],
    )) as Array<{ n: number }>;
    return result?.n ?? 0;
  }

  /** Guests who never confirmed: after the link expired, their address is not kept. */
  async deleteExpiredUnconfirmed(manager: EntityManager, now: Date): Promise<number> {
    const result = (await manager.query(`DELETE FROM job_alerts WHERE confirmed_at IS NULL AND confirm_expires_at < $1`, [now])) as [unknown, number];
    return result[1];
  }

  // --- planning ---

  /**
   * Plans one window's e-mails for every alert of this frequency (and time
   * zone) that has new, still matching, open jobs: one scheduled_emails row
   * per alert with the dedupe key `job_alert:<alert>:<window>` (alertEmailKey;
   * a key that exists already adds nothing), and each of those jobs tied to
   * it. Jobs of an e-mail that was not delivered (skipped, failed, cancelled)
   * count as new again. One transaction, so it is all or nothing.
   *
   * Three statements rather than one with data-modifying CTEs: Postgres has
   * no statistics for a CTE's rows and joined the new rows to the pending
   * matches in a nested loop (115 s for 9,000 e-mails in the bench); keyed
   * by the new rows' ids, each step is an index lookup.
   */
  async plan(
    manager: EntityManager,
    run: { frequency: JobAlertFrequency; timeZone: string | null; window: string; now: Date },
  ): Promise<Array<{ id: string; sendAt: Date }>> {
    const undelivered = (m: string) =>
      `(${m}.scheduled_email_id IS NULL OR EXISTS (SELECT 1 FROM scheduled_emails prior WHERE prior.id = ${m}.scheduled_email_id AND prior.status IN ${UNDELIVERED}))`;
    return manager.transaction(async (tx) => {
      const created = (await tx.query(
        `INSERT INTO scheduled_emails (kind, job_alert_id, recipient_user_id, dedupe_key, send_at)
         SELECT 'job_alert', a.id, a.user_id, 'job_alert:' || a.id || ':' || $4, $3::timestamptz
           FROM job_alerts a
           LEFT JOIN users u ON u.id = a.user_id
          WHERE a.frequency = $1 AND ($2::text IS NULL OR a.time_zone = $2) AND ${alertCanSendSql('a', 'u')}
            AND EXISTS (SELECT 1 FROM job_alert_matches m JOIN jobs j ON j.id = m.job_id
                         WHERE m.alert_id = a.id AND ${undelivered('m')} AND ${alertMatchesJobSql('a', 'j', '$3')})
         ON CONFLICT (dedupe_key) WHERE status IN ('scheduled', 'sending', 'sent') DO NOTHING
         RETURNING id, job_alert_id, send_at`,
        [run.frequency, run.timeZone, run.now, run.window],
      )) as Array<{ id: string; job_alert_id: string; send_at: Date }>;
      if (!created.length) return [];
      const ids = created.map((row) => row.id);
      await tx.query(
        `UPDATE job_alert_matches m SET scheduled_email_id = s.id
           FROM scheduled_emails s JOIN job_alerts a ON a.id = s.job_alert_id, jobs j
          WHERE s.id = ANY($1::uuid[]) AND m.alert_id = s.job_alert_id AND j.id = m.job_id
            AND ${undelivered('m')} AND ${alertMatchesJobSql('a', 'j', '$2')}`,
        [ids, run.now],
      );
      await tx.query(`UPDATE job_alerts SET last_window_at = $2 WHERE id = ANY($1::uuid[])`, [created.map((row) => row.job_alert_id), run.now]);
      return created.map((row) => ({ id: row.id, sendAt: row.send_at }));
    });
  }

  /** The distinct (frequency, time zone) pairs of alerts that can send: one scheduler each. */
  async runsInUse(): Promise<Array<{ frequency: JobAlertFrequency; timeZone: string }>> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT frequency, time_zone FROM job_alerts WHERE active AND confirmed_at IS NOT NULL AND frequency <> 'instant'`,
    )) as Array<{ frequency: JobAlertFrequency; time_zone: string }>;
    return rows.map((row) => ({ frequency: row.frequency, timeZone: row.time_zone }));
  }

  // --- sending ---

  /** For each scheduled e-mail: its alert, the recipient, and the open jobs it lists (one statement for many e-mails). */
  async loadForSend(emailIds: string[], now: Date, listed: number): Promise<Array<AlertSendContext | null>> {
    const rows = (await this.dataSource.query(
      `SELECT s.id AS email_id, s.kind, a.id, a.name, a.frequency, a.time_zone, a.active, a.confirmed_at, a.confirm_nonce,
              a.confirm_expires_at, a.email AS guest_email, encode(job_alert_email_key(a.email), 'hex') AS email_key,
              a.q, a.employment_types::text[] AS employment_types, a.branch_id, a.postal_code, a.latitude, a.longitude, a.radius_km,
              a.pay_min_dollars, u.id AS u_id, u.email AS u_email, u.first_name AS u_first_name, u.last_name AS u_last_name,
              u.erased_at AS u_erased_at, u.deactivated_at AS u_deactivated_at,
              COALESCE((SELECT json_agg(x ORDER BY x.posted_at DESC, x.id) FROM (
                 SELECT j.id, j.title, j.city, j.region, j.employment_type AS "employmentType", j.pay_min_cents AS "payMinCents",
                        j.pay_max_cents AS "payMaxCents", j.pay_period AS "payPeriod", left(j.description, 400) AS description, j.posted_at
                   FROM job_alert_matches m JOIN jobs j ON j.id = m.job_id
                  WHERE m.scheduled_email_id = s.id AND j.status = 'open' AND (j.closes_at IS NULL OR j.closes_at > $2)
                  ORDER BY j.posted_at DESC, j.id LIMIT $3) x), '[]'::json) AS jobs,
              (SELECT count(*)::int FROM job_alert_matches m JOIN jobs j ON j.id = m.job_id
                WHERE m.scheduled_email_id = s.id AND j.status = 'open' AND (j.closes_at IS NULL OR j.closes_at > $2)) AS open_count
         FROM scheduled_emails s
         LEFT JOIN job_alerts a ON a.id = s.job_alert_id
         LEFT JOIN users u ON u.id = a.user_id
        WHERE s.id = ANY($1::uuid[])`,
      [emailIds, now, listed],
    )) as Array<Record<string, unknown>>;
    const byId = new Map(rows.map((row) => [row['email_id'] as string, row]));
    return emailIds.map((id) => {
      const row = byId.get(id);
      if (!row) return null;
      const alert: AlertSendContext['alert'] =
        row['id'] === null
          ? null
          : {
              id: row['id'] as string,
              name: row['name'] as string,
              frequency: row['frequency'] as JobAlertFrequency,
              timeZone: row['time_zone'] as string,
              active: row['active'] as boolean,
              confirmedAt: row['confirmed_at'] as Date | null,
              confirmNonce: row['confirm_nonce'] as string | null,
              confirmExpiresAt: row['confirm_expires_at'] as Date | null,
              guestEmail: row['guest_email'] as string | null,
              emailKey: row['email_key'] as string | null,
              criteria: {
                q: row['q'] as string | null,
                employmentTypes: row['employment_types'] as string[] | null,
                branchId: row['branch_id'] as string | null,
                postalCode: row['postal_code'] as string | null,
                lat: row['latitude'] as number | null,
                lng: row['longitude'] as number | null,
                radiusKm: row['radius_km'] as number | null,
                payMin: row['pay_min_dollars'] as number | null,
              },
              user:
                row['u_id'] === null
                  ? null
                  : {
                      id: row['u_id'] as string,
                      email: row['u_email'] as string,
                      firstName: row['u_first_name'] as string,
                      lastName: row['u_last_name'] as string,
                      erasedAt: row['u_erased_at'] as Date | null,
                      deactivatedAt: row['u_deactivated_at'] as Date | null,
                    },
            };
      return { emailId: id, kind: row['kind'] as string, alert, jobs: row['jobs'] as AlertSendContext['jobs'], openCount: row['open_count'] as number };
    });
  }
}

/*
 * What the worker's benchmark and its chaos run share: the SMTP sink in its
 * own process, bulk seeding, Redis clean-up and percentiles.
 */
import Redis from 'ioredis';
import { fork } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import type { DataSource } from 'typeorm';
import type { SinkMessage } from './smtp-sink.process';

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export async function clearRedis(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

export interface CountingSink {
  url: string;
  /** First arrival per scheduled e-mail id. */
  arrivals: Map<string, number>;
  /** Every accepted message in order, repeats included: `[id, atMs]`. */
  accepted: Array<[string, number]>;
  /** Every refused message: `[id, code, atMs]`. */
  refusals: Array<[string, number, number]>;
  close(): Promise<void>;
}

/** Starts the SMTP sink (smtp-sink.process.ts) in a child process; `refuse` sets its 451 and 550 shares. */
export async function startCountingSink(refuse: { transient?: number; permanent?: number; seed?: number } = {}): Promise<CountingSink> {
  const arrivals = new Map<string, number>();
  const accepted: Array<[string, number]> = [];
  const refusals: Array<[string, number, number]> = [];
  const args = [
    ...(refuse.transient ? ['--transient', String(refuse.transient)] : []),
    ...(refuse.permanent ? ['--permanent', String(refuse.permanent)] : []),
    ...(refuse.seed !== undefined ? ['--seed', String(refuse.seed)] : []),
  ];
  const child = fork(resolvePath(__dirname, 'smtp-sink.process.ts'), args, { execArgv: ['-r', '@swc-node/register'], stdio: 'inherit' });
  const port = await new Promise<number>((done, fail) => {
    child.once('error', fail);
    child.on('message', (message: SinkMessage) => {
      if ('port' in message) {
        done(message.port);
        return;
      }
      for (const [id, at] of message.arrivals) {
        accepted.push([id, at]);
        if (!arrivals.has(id)) arrivals.set(id, at);
      }
      refusals.push(...message.refusals);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    accepted,
    refusals,
    close: async () => {
      // The last arrivals are reported within 100 ms.
      await new Promise((done) => setTimeout(done, 300));
      child.disconnect();
    },
  };
}

/** One branch, company and open job for the seeded applications to hang off. */
export async function seedJobBoard(dataSource: DataSource): Promise<void> {
  await dataSource.query(`INSERT INTO branches (name, address_line, city, region, postal_code, phone, email, latitude, longitude, time_zone, opening_hours)
    VALUES ('Bench branch', '1 Main St', 'Chicago', 'IL', '60606', '+1 312 555 0100', 'bench@nextstep.example', 41.88, -87.63, 'America/Chicago', 'Mon-Fri 8-17')`);
  await dataSource.query(
    `INSERT INTO companies (name, industry, mission, goals, operations) VALUES ('Bench Co', 'manufacturer', 'Make things.', 'Grow.', 'One plant.')`,
  );
  await dataSource.query(`INSERT INTO jobs (title, description, employment_type, skills, city, region, postal_code, latitude, longitude, pay_min_cents, pay_max_cents, pay_period, status, posted_at, branch_id, company_id)
    SELECT 'Bench Operator', 'Operate the bench line safely and accurately.', 'temporary', '{}', 'Chicago', 'IL', '60606', 41.88, -87.63, 1800, 2000, 'hour', 'open', now(), b.id, c.id FROM branches b, companies c`);
}

/**
 * `count` interviewed candidates (already thanked, so only the follow-up is
 * due), each with one interview built by `interviewSql` (a column list over
 * `a.n`, the new application's number).
 */
export async function seedApplications(dataSource: DataSource, count: number, offset: number, interviewSql: string): Promise<void> {
  // Bulk SQL: the benchmark measures the worker, not the seeding.
  await dataSource.query(
    `WITH b AS (SELECT id FROM branches LIMIT 1), c AS (SELECT id FROM companies LIMIT 1), j AS (SELECT id FROM jobs LIMIT 1),
     u AS (
       INSERT INTO users (email, password_hash, role, first_name, last_name, time_zone)
       SELECT 'bench-' || ($2::int + g) || '@example.com', '!bench', 'candidate', 'Cand' || g, 'Idate', 'America/Chicago'
         FROM generate_series(1, $1::int) g RETURNING id)
     INSERT INTO applications (job_id, candidate_id, status, applied_at, version, thank_you_sent_at)
     SELECT (SELECT id FROM j), u.id, 'interviewed', now() - interval '30 days', 1, now() FROM u`,
    [count, offset],
  );
  await dataSource.query(
    `INSERT INTO interviews (application_id, scheduled_at, duration_minutes, mode, interviewer_name, status, completed_at)
     SELECT a.id, ${interviewSql} FROM (
       SELECT a.id, row_number() OVER (ORDER BY a.id) AS n FROM applications a
        WHERE NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)) a`,
  );
}

/** Interviews completed so that their follow-ups fall due one after another over `spreadMs` from `firstDue`. */
export function followUpsDueSql(firstDue: number, count: number, spreadMs: number): string {
  const completed = `to_timestamp(${firstDue / 1000}) - interval '14 days' + a.n * interval '${spreadMs / count} milliseconds'`;
  return `${completed} - interval '60 minutes', 60, 'in_person', 'Bench Interviewer', 'completed', ${completed}`;
}

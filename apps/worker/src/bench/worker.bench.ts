/**
 * `npm run bench:worker` (not part of `npm test`): schedules 100,000 interviews'
 * reminders through the real outbox relay, then sends 10,000 follow-up
 * reminders whose due times are spread over 20 s to an in-process SMTP server,
 * and prints the scheduling rate, the send rate and the lateness (arrival at
 * the SMTP server minus the row's send_at) p50/p99.
 *
 * Uses its own database `nextstep_bench_worker` (dropped and re-created) and
 * Redis prefix `{nextstep_bench_worker}`; the rest comes from the usual
 * configuration (DATABASE_URL's server, REDIS_URL).
 */
import 'reflect-metadata';
import { dropDatabase, migrate } from '@nextstep/db';
import { loadConfig, type AppConfig, QUEUE_NAMES } from '@nextstep/platform';
import Redis from 'ioredis';
import { fork } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import { DataSource } from 'typeorm';
import { createWorker } from '../create-worker';
import type { SinkMessage } from './smtp-sink.process';

/** `--schedule N` / `--send N` make quick runs while tuning; the recorded results use the defaults. */
function countArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
}
const SCHEDULE_COUNT = countArg('schedule', 100_000);
const SEND_COUNT = countArg('send', 10_000);
const SEND_SPREAD_MS = 20_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function clearRedis(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}

/** Starts the counting SMTP sink in a child process; `arrivals` maps each scheduled e-mail id to its arrival time. */
async function startCountingSink(): Promise<{ url: string; arrivals: Map<string, number>; close: () => Promise<void> }> {
  const arrivals = new Map<string, number>();
  const child = fork(resolvePath(__dirname, 'smtp-sink.process.ts'), [], { execArgv: ['-r', '@swc-node/register'], stdio: 'inherit' });
  const port = await new Promise<number>((done, fail) => {
    child.once('error', fail);
    child.on('message', (message: SinkMessage) => {
      if ('port' in message) done(message.port);
      else for (const [id, at] of message.arrivals) arrivals.set(id, at);
    });
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    arrivals,
    close: async () => {
      // The last arrivals are reported within 100 ms.
      await new Promise((done) => setTimeout(done, 300));
      child.disconnect();
    },
  };
}

async function seed(dataSource: DataSource, count: number, offset: number, interviewSql: string): Promise<void> {
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

async function main(): Promise<void> {
  const base = loadConfig();
  const databaseUrl = new URL(base.databaseUrl);
  databaseUrl.pathname = '/nextstep_bench_worker';
  const prefix = '{nextstep_bench_worker}';
  await dropDatabase(databaseUrl.toString());
  await migrate(databaseUrl.toString());
  await clearRedis(base.redis.url, prefix);
  const sink = await startCountingSink();
  const config: AppConfig = Object.freeze({
    ...base,
    nodeEnv: 'production' as const,
    databaseUrl: databaseUrl.toString(),
    redis: { ...base.redis, prefix },
    mail: { ...base.mail, smtpUrl: sink.url },
    log: { level: 'warn' as const, pretty: false },
    emails: { ...base.emails, sendWindow: 'always' as const, ratePerSecond: 2_000 },
  });

  const dataSource = new DataSource({ type: 'postgres', url: config.databaseUrl, poolSize: 4 });
  await dataSource.initialize();
  await dataSource.query(`INSERT INTO branches (name, address_line, city, region, postal_code, phone, email, latitude, longitude, time_zone, opening_hours)
    VALUES ('Bench branch', '1 Main St', 'Chicago', 'IL', '60606', '+1 312 555 0100', 'bench@nextstep.example', 41.88, -87.63, 'America/Chicago', 'Mon-Fri 8-17')`);
  await dataSource.query(
    `INSERT INTO companies (name, industry, mission, goals, operations) VALUES ('Bench Co', 'manufacturer', 'Make things.', 'Grow.', 'One plant.')`,
  );
  await dataSource.query(`INSERT INTO jobs (title, description, employment_type, skills, city, region, postal_code, latitude, longitude, pay_min_cents, pay_max_cents, pay_period, status, posted_at, branch_id, company_id)
    SELECT 'Bench Operator', 'Operate the bench line safely and accurately.', 'temporary', '{}', 'Chicago', 'IL', '60606', 41.88, -87.63, 1800, 2000, 'hour', 'open', now(), b.id, c.id FROM branches b, companies c`);

  // 1. Scheduling: interviews in two days (thank-you, 24-hour reminder and follow-up rows per event).
  process.stdout.write(`Seeding ${SCHEDULE_COUNT} applications with an upcoming interview…\n`);
  await seed(
    dataSource,
    SCHEDULE_COUNT,
    0,
    `now() + interval '2 days' + a.n * interval '1 second', 60, 'in_person', 'Bench Interviewer', 'scheduled', NULL`,
  );
  // A non-notice event type, so the relay plans the reminders only (no confirmation e-mails to send now).
  await dataSource.query(
    `INSERT INTO outbox_events (type, application_id, payload)
     SELECT 'application.contact_recorded', a.id, '{}'::jsonb FROM applications a`,
  );

  // Bulk-loaded tables need statistics; autovacuum (off on this machine's Postgres) would gather them in production.
  await dataSource.query('ANALYZE');

  const scheduleStart = Date.now();
  const worker = await createWorker(config);
  for (;;) {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM outbox_events WHERE processed_at IS NULL)::int AS pending,
              (SELECT count(*) FROM scheduled_emails WHERE enqueued_at IS NULL)::int AS unqueued`,
    )) as Array<{ pending: number; unqueued: number }>;
    if (row && row.pending === 0 && row.unqueued === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const scheduleSeconds = (Date.now() - scheduleStart) / 1000;
  const [{ rows: scheduledRows }] = (await dataSource.query(`SELECT count(*)::int AS rows FROM scheduled_emails`)) as [{ rows: number }];
  process.stdout.write(
    `Scheduled ${SCHEDULE_COUNT} events → ${scheduledRows} rows + delayed jobs in ${scheduleSeconds.toFixed(1)} s: ` +
      `${Math.round(SCHEDULE_COUNT / scheduleSeconds)} events/s, ${Math.round(scheduledRows / scheduleSeconds)} scheduled e-mails/s\n`,
  );

  // 2. Sending: follow-ups due over SEND_SPREAD_MS, starting once the relay has surely scheduled them
  //    (lateness measures the delayed jobs, not the relay).
  const leadMs = 10_000 + Math.round((2 * SEND_COUNT * 1000) / (SCHEDULE_COUNT / scheduleSeconds));
  const firstDue = Date.now() + leadMs;
  await seed(
    dataSource,
    SEND_COUNT,
    SCHEDULE_COUNT,
    `to_timestamp(${firstDue / 1000}) - interval '14 days' - interval '60 minutes' + a.n * interval '${SEND_SPREAD_MS / SEND_COUNT} milliseconds', 60, 'in_person', 'Bench Interviewer', 'completed', to_timestamp(${firstDue / 1000}) - interval '14 days' + a.n * interval '${SEND_SPREAD_MS / SEND_COUNT} milliseconds'`,
  );
  await dataSource.query(
    `INSERT INTO outbox_events (type, application_id, payload)
     SELECT 'interview.completed', a.id, jsonb_build_object('interviewId', i.id) FROM applications a JOIN interviews i ON i.application_id = a.id
      WHERE i.status = 'completed'`,
  );
  const dueRows = async () =>
    (await dataSource.query(`SELECT id, send_at FROM scheduled_emails WHERE kind = 'follow_up_reminder' AND send_at <= $1`, [
      new Date(firstDue + SEND_SPREAD_MS + 1_000),
    ])) as Array<{ id: string; send_at: Date }>;
  const deadline = Date.now() + 120_000;
  while (sink.arrivals.size < SEND_COUNT && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const due = await dueRows();
  const lateness = due
    .map((row) => (sink.arrivals.get(row.id) ?? NaN) - row.send_at.getTime())
    .filter((value) => Number.isFinite(value))
    .sort((a, b) => a - b);
  const lastArrival = Math.max(...sink.arrivals.values());
  const sendSeconds = (lastArrival - firstDue) / 1000;
  process.stdout.write(
    `Sent ${sink.arrivals.size}/${SEND_COUNT} follow-ups due over ${SEND_SPREAD_MS / 1000} s in ${sendSeconds.toFixed(1)} s: ` +
      `${Math.round(sink.arrivals.size / sendSeconds)} e-mails/s; lateness p50 ${percentile(lateness, 50)} ms, p99 ${percentile(lateness, 99)} ms, max ${lateness.at(-1)} ms\n`,
  );
  const [{ n: duplicates }] = (await dataSource.query(
    `SELECT count(*)::int AS n FROM (SELECT dedupe_key FROM scheduled_emails WHERE status = 'sent' GROUP BY dedupe_key HAVING count(*) > 1) d`,
  )) as [{ n: number }];
  process.stdout.write(`Duplicate sends: ${duplicates}; queue: ${QUEUE_NAMES.emails}\n`);

  await worker.close();
  await dataSource.destroy();
  await sink.close();
  await clearRedis(config.redis.url, prefix);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

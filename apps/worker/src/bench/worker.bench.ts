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
import { DataSource } from 'typeorm';
import { createWorker } from '../create-worker';
import { clearRedis, followUpsDueSql, percentile, seedApplications, seedJobBoard, startCountingSink } from './bench-support';

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
  await seedJobBoard(dataSource);

  // 1. Scheduling: interviews in two days (thank-you, 24-hour reminder and follow-up rows per event).
  process.stdout.write(`Seeding ${SCHEDULE_COUNT} applications with an upcoming interview…\n`);
  await seedApplications(
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
  await seedApplications(
    dataSource,
    SEND_COUNT,
    SCHEDULE_COUNT,
    followUpsDueSql(firstDue, SEND_COUNT, SEND_SPREAD_MS),
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

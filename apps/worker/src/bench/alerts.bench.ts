/**
 * `npm run bench:alerts` (not part of `npm test`): job alerts at scale.
 *
 * On the 200,000-job bench board (database `nextstep_bench_alerts`, seeded
 * once, all postings at least two days old) it creates N alerts with a mix of
 * criteria drawn from the board itself (search words from real job titles,
 * areas around the branches' cities, employment types, minimum pay,
 * branches; candidates and guests; four US time zones), indexes them (what
 * the worker does as alerts are created), opens 2,000 new jobs spread over
 * the last day, then times the daily run of every time zone through the
 * real worker module: matching the new jobs to the alerts, planning one
 * e-mail per alert and window, and sending them to a counting SMTP server
 * in its own process. Prints durations, e-mails per second, Postgres CPU
 * and duplicates, and the cost of the other direction (each alert's own
 * search over the new jobs) measured on a sample.
 *
 *   npm run bench:alerts                        # 100,000 alerts
 *   npm run bench:alerts -- --alerts 10000      # a quicker run
 *   npm run bench:alerts -- --scale             # 10,000, 50,000 and 100,000, one after another
 */
import 'reflect-metadata';
import { dropDatabase, migrate, seedDemoDataIfEmpty } from '@nextstep/db';
import { loadConfig, type AppConfig } from '@nextstep/platform';
import { readdirSync, readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { JobAlertMatcher } from '../alerts/job-alert-matcher.service';
import { JobAlertRuns } from '../alerts/job-alert-runs.service';
import { JobAlertStore } from '../alerts/job-alert.store';
import { createWorker } from '../create-worker';
import { clearRedis, startCountingSink } from './bench-support';

const BOARD_JOBS = 200_000;
const NEW_JOBS = 2_000;
const ZONES: Array<[string, number]> = [
  ['America/New_York', 0.45],
  ['America/Chicago', 0.3],
  ['America/Denver', 0.08],
  ['America/Los_Angeles', 0.17],
];

function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
}
const SIZES = process.argv.includes('--scale') ? [10_000, 50_000, 100_000] : [numberArg('alerts', 100_000)];
const DROP = process.argv.includes('--fresh');

/** mulberry32: the same seed gives the same alerts, so runs compare. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** CPU seconds of every Postgres process on this machine, sampled so that short-lived backends count too. */
class PostgresCpu {
  private readonly first = new Map<number, number>();
  private readonly last = new Map<number, number>();
  private timer: NodeJS.Timeout | null = null;
  private static readonly TICKS = 100;

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    let ticks = 0;
    for (const [pid, end] of this.last) ticks += end - (this.first.get(pid) ?? end);
    return ticks / PostgresCpu.TICKS;
  }

  private sample(): void {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]);
        const pid = Number(entry);
        if (!this.first.has(pid)) this.first.set(pid, ticks);
        this.last.set(pid, ticks);
      } catch {
        // The process ended between listing and reading.
      }
    }
  }
}

async function measure<T>(label: string, work: () => Promise<T>): Promise<{ result: T; seconds: number; pgCpu: number }> {
  const cpu = new PostgresCpu();
  cpu.start();
  const started = Date.now();
  const result = await work();
  const seconds = (Date.now() - started) / 1000;
  const pgCpu = cpu.stop();
  process.stdout.write(`  ${label}: ${seconds.toFixed(1)} s, Postgres CPU ${pgCpu.toFixed(1)} s\n`);
  return { result, seconds, pgCpu };
}

async function prepareBoard(databaseUrl: string): Promise<void> {
  if (DROP) await dropDatabase(databaseUrl);
  await migrate(databaseUrl);
  const started = Date.now();
  // Every posting at least two days old, so "the last day" holds only the jobs this bench opens.
  const seeded = await seedDemoDataIfEmpty(databaseUrl, { jobs: BOARD_JOBS, companies: 500, now: new Date(Date.now() - 2 * 86_400_000) });
  if (seeded.seeded) process.stdout.write(`Seeded the ${BOARD_JOBS.toLocaleString('en-US')}-job board in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

interface BranchRow {
  id: string;
  postal_code: string;
  latitude: number;
  longitude: number;
  time_zone: string;
}

/**
 * The alert mix: 70% search words (one or two words of a real title), 55% an
 * area (a branch's postal code or coordinates, 25/40/80 km), 30% employment
 * types, 20% minimum pay, 10% a branch; 70% candidates, 30% guests; all
 * confirmed a day ago and daily (the run being measured).
 */
async function createAlerts(dataSource: DataSource, count: number, branches: BranchRow[], titles: string[]): Promise<void> {
  const random = rng(20261201);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const zone = (): string => {
    let draw = random();
    for (const [name, share] of ZONES) if ((draw -= share) < 0) return name;
    return ZONES[0]?.[0] ?? 'America/Chicago';
  };
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < count; i += 1) {
    const words = pick(titles).split(' ').filter((word) => word.length > 2);
    const q = random() < 0.7 && words.length ? (random() < 0.5 && words.length > 1 ? words.slice(-2).join(' ') : (words.at(-1) ?? null)) : null;
    const branch = pick(branches);
    const area = random() < 0.55;
    const types = random() < 0.3 ? (random() < 0.5 ? ['temporary'] : ['temp_to_hire', 'direct_hire']) : null;
    rows.push({
      guest: random() < 0.3,
      zone: zone(),
      q,
      types: types ? `{${types.join(',')}}` : null,
      branch_id: random() < 0.1 ? branch.id : null,
      postal_code: area && random() < 0.5 ? branch.postal_code : null,
      latitude: area ? branch.latitude + (random() - 0.5) * 0.2 : null,
      longitude: area ? branch.longitude + (random() - 0.5) * 0.2 : null,
      radius_km: area ? pick([25, 40, 80]) : null,
      pay_min: random() < 0.2 ? pick([30_000, 40_000, 50_000, 65_000]) : null,
    });
  }
  for (let start = 0; start < rows.length; start += 10_000) {
    const chunk = rows.slice(start, start + 10_000);
    const column = (name: string) => chunk.map((row) => row[name] ?? null);
    await dataSource.query(
      `WITH input AS (
         SELECT * FROM unnest($1::boolean[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::float8[], $8::float8[], $9::float8[], $10::int[])
           WITH ORDINALITY AS t(guest, zone, q, types, branch_id, postal_code, latitude, longitude, radius_km, pay_min, n)
       ), people AS (
         INSERT INTO users (email, password_hash, role, first_name, last_name, time_zone)
         SELECT 'bench-alerts-' || ($11::int + n) || '@example.com', '!bench', 'candidate', 'Cand' || n, 'Idate', zone FROM input WHERE NOT guest
         RETURNING id, email
       )
       INSERT INTO job_alerts (user_id, email, name, frequency, time_zone, q, employment_types, branch_id, postal_code, latitude, longitude, radius_km,
                               pay_min_dollars, confirmed_at, active_since)
       SELECT p.id, CASE WHEN i.guest THEN 'bench-guest-' || ($11::int + i.n) || '@example.com' END,
              coalesce(i.q, 'All new jobs'), 'daily', i.zone, i.q, i.types::job_employment_type[], i.branch_id, i.postal_code, i.latitude, i.longitude,
              i.radius_km, i.pay_min, now() - interval '1 day', now() - interval '1 day'
         FROM input i LEFT JOIN people p ON p.email = 'bench-alerts-' || ($11::int + i.n) || '@example.com'`,
      [
        column('guest'),
        column('zone'),
        column('q'),
        column('types'),
        column('branch_id'),
        column('postal_code'),
        column('latitude'),
        column('longitude'),
        column('radius_km'),
        column('pay_min'),
        start,
      ],
    );
  }
}

/** 2,000 new jobs spread over the last day: copies of random board jobs (their titles, texts, places and branches). */
async function openNewJobs(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO jobs (title, description, employment_type, skills, city, region, postal_code, latitude, longitude, pay_min_cents, pay_max_cents,
                       pay_period, status, posted_at, branch_id, company_id)
     SELECT title, description, employment_type, skills, city, region, postal_code, latitude, longitude, pay_min_cents, pay_max_cents,
            pay_period, 'open', now() - interval '1 day' + (n * interval '1 day') / $1, branch_id, company_id
       FROM (SELECT j.*, row_number() OVER () AS n FROM (SELECT * FROM jobs WHERE status = 'open' ORDER BY md5(id::text) LIMIT $1) j) s`,
    [NEW_JOBS],
  );
}

async function resetRun(dataSource: DataSource, redisUrl: string, prefix: string): Promise<void> {
  await dataSource.query(`TRUNCATE job_alerts, job_alert_matches, job_alert_matcher_state, scheduled_emails CASCADE`);
  await dataSource.query(`DELETE FROM users WHERE email LIKE 'bench-alerts-%'`);
  await dataSource.query(`DELETE FROM jobs WHERE posted_at > now() - interval '36 hours'`);
  await clearRedis(redisUrl, prefix);
}

async function runSize(count: number, base: AppConfig, databaseUrl: string, prefix: string): Promise<Record<string, number>> {
  process.stdout.write(`\n${count.toLocaleString('en-US')} alerts\n`);
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl, poolSize: 4 });
  await dataSource.initialize();
  await resetRun(dataSource, base.redis.url, prefix);
  const branches = (await dataSource.query(`SELECT id, postal_code, latitude, longitude, time_zone FROM branches`)) as BranchRow[];
  const titles = ((await dataSource.query(`SELECT DISTINCT lower(regexp_replace(title, '[^A-Za-z ]', '', 'g')) AS t FROM jobs`)) as Array<{ t: string }>).map(
    (row) => row.t,
  );
  await createAlerts(dataSource, count, branches, titles);
  await dataSource.query('ANALYZE job_alerts');

  const sink = await startCountingSink();
  const config: AppConfig = Object.freeze({
    ...base,
    nodeEnv: 'production' as const,
    databaseUrl,
    redis: { ...base.redis, prefix },
    mail: { ...base.mail, smtpUrl: sink.url },
    log: { level: 'warn' as const, pretty: false },
    // The limiter is shared through Redis; the bench measures what the machine can do.
    emails: { ...base.emails, ratePerSecond: 2_000 },
  });
  const worker = await createWorker(config);
  const store = worker.get(JobAlertStore);
  const matcher = worker.get(JobAlertMatcher);
  const runs = worker.get(JobAlertRuns);

  // What happens as alerts are created: tokens for the reverse index (no jobs are new yet).
  const indexed = await measure('indexing the alerts (tokens; done as alerts are created)', () => store.exclusive((manager) => matcher.catchUp(manager)));

  await openNewJobs(dataSource);
  await dataSource.query('ANALYZE jobs');

  // The other direction, for the record: each alert's own search over the new jobs, on a sample.
  const sample = Math.min(2_000, count);
  const forward = await measure(`forward: each alert's search over the ${NEW_JOBS} new jobs, ${sample} alerts`, async () => {
    const [row] = (await dataSource.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM (SELECT * FROM job_alerts ORDER BY id LIMIT $1) a
         JOIN jobs j ON j.status = 'open' AND j.posted_at > a.active_since
        WHERE (a.query IS NULL OR j.search_vector @@ a.query) AND (a.employment_types IS NULL OR j.employment_type = ANY(a.employment_types))
          AND (a.branch_id IS NULL OR j.branch_id = a.branch_id)`,
      [sample],
    )) as Array<{ 'QUERY PLAN': Array<{ 'Execution Time': number }> }>;
    return row?.['QUERY PLAN'][0]?.['Execution Time'] ?? NaN;
  });

  // The daily run: each time zone's 08:00, back to back, and the sending until the last e-mail arrives.
  const started = Date.now();
  const cpu = new PostgresCpu();
  cpu.start();
  let planned = 0;
  let matchSeconds = 0;
  let planSeconds = 0;
  const matchStart = Date.now();
  const report = await store.exclusive((manager) => matcher.catchUp(manager));
  matchSeconds = (Date.now() - matchStart) / 1000;
  for (const [zone] of ZONES) {
    const planStart = Date.now();
    planned += (await runs.run({ frequency: 'daily', timeZone: zone })).planned;
    planSeconds += (Date.now() - planStart) / 1000;
  }
  const plannedAt = Date.now();
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    const [row] = (await dataSource.query(`SELECT count(*) FILTER (WHERE status IN ('scheduled', 'sending'))::int AS open FROM scheduled_emails`)) as Array<{
      open: number;
    }>;
    if ((row?.open ?? 0) === 0 || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await sink.close();
  const finished = Math.max(...sink.arrivals.values(), plannedAt);
  const pgCpu = cpu.stop();
  const total = (finished - started) / 1000;
  const sendSeconds = (finished - plannedAt) / 1000;
  const [counts] = (await dataSource.query(
    `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
            count(*) FILTER (WHERE status = 'failed')::int AS failed,
            (SELECT count(*)::int FROM (SELECT dedupe_key FROM scheduled_emails WHERE status = 'sent' GROUP BY dedupe_key HAVING count(*) > 1) d) AS duplicate_windows,
            (SELECT count(*)::int FROM (SELECT m.alert_id, m.job_id FROM job_alert_matches m JOIN scheduled_emails s ON s.id = m.scheduled_email_id AND s.status = 'sent'
               GROUP BY 1, 2 HAVING count(*) > 1) d) AS repeated_jobs,
            (SELECT count(*)::int FROM job_alert_matches) AS matches
       FROM scheduled_emails WHERE kind = 'job_alert'`,
  )) as Array<Record<string, number>>;
  const repeatsAtSmtp = sink.accepted.length - sink.arrivals.size;
  process.stdout.write(
    `  daily run: matching ${NEW_JOBS} new jobs → ${report.matchesFromJobs.toLocaleString('en-US')} matches in ${matchSeconds.toFixed(1)} s; ` +
      `planning ${planned.toLocaleString('en-US')} e-mails (4 time zones) in ${planSeconds.toFixed(1)} s; ` +
      `sending in ${sendSeconds.toFixed(1)} s (${Math.round(sink.arrivals.size / Math.max(sendSeconds, 0.001))} e-mails/s to SMTP); ` +
      `total ${total.toFixed(1)} s; Postgres CPU ${pgCpu.toFixed(1)} s\n` +
      `  sent ${counts?.['sent']}, skipped ${counts?.['skipped']}, failed ${counts?.['failed']}; duplicate windows ${counts?.['duplicate_windows']}, ` +
      `jobs listed twice ${counts?.['repeated_jobs']}, repeated Message-IDs at the SMTP server ${repeatsAtSmtp}\n`,
  );
  await worker.close();
  await dataSource.destroy();
  return {
    alerts: count,
    indexSeconds: indexed.seconds,
    forwardSampleMs: forward.result,
    forwardSample: sample,
    matches: report.matchesFromJobs,
    matchSeconds,
    planned,
    planSeconds,
    sendSeconds,
    emailsPerSecond: sink.arrivals.size / Math.max(sendSeconds, 0.001),
    totalSeconds: total,
    pgCpu,
    duplicates: (counts?.['duplicate_windows'] ?? 0) + (counts?.['repeated_jobs'] ?? 0) + repeatsAtSmtp,
  };
}

async function main(): Promise<void> {
  const base = loadConfig();
  const url = new URL(base.databaseUrl);
  url.pathname = '/nextstep_bench_alerts';
  const prefix = '{nextstep_bench_alerts}';
  await prepareBoard(url.toString());
  const results: Array<Record<string, number>> = [];
  for (const size of SIZES) results.push(await runSize(size, base, url.toString(), prefix));
  process.stdout.write('\nalerts | matches | match s | planned | plan s | send s | e-mails/s | total s | Postgres CPU s | forward sample (ms per 1,000 alerts) | duplicates\n');
  for (const r of results) {
    process.stdout.write(
      `${r['alerts']} | ${r['matches']} | ${r['matchSeconds']?.toFixed(1)} | ${r['planned']} | ${r['planSeconds']?.toFixed(1)} | ${r['sendSeconds']?.toFixed(1)} | ` +
        `${Math.round(r['emailsPerSecond'] ?? 0)} | ${r['totalSeconds']?.toFixed(1)} | ${r['pgCpu']?.toFixed(1)} | ` +
        `${(((r['forwardSampleMs'] ?? 0) / (r['forwardSample'] ?? 1)) * 1000).toFixed(0)} | ${r['duplicates']}\n`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

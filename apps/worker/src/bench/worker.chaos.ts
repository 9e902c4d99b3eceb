/**
 * `npm run chaos:worker` (not part of `npm test`): the worker's e-mail
 * guarantees under faults. It offers 2,000 follow-up reminders due over 20 s
 * to a real SMTP server in its own process (smtp-sink.process.ts), which
 * answers 451 to 10 % and 550 to 1 % of messages, while two workers run as
 * child processes (the real entry point, apps/worker/src/main.ts), one of them
 * SIGKILLed every 3 s and started again, and Redis is restarted once (empty:
 * it keeps nothing on disk) half-way through. Then it waits until every due
 * row is finished and prints delivered, lost, duplicated, lateness and what
 * was left behind.
 *
 * Uses its own database `nextstep_chaos_worker` (dropped and re-created) and
 * its own redis-server on 127.0.0.1:6390 (`--redis-port`), never the shared
 * one. Options: --count 2000 --spread 20000 --kill-every 3000 --seed 7. Each
 * worker process's log is kept in $TMPDIR/nextstep-chaos-worker.
 */
import 'reflect-metadata';
import { dropDatabase, migrate } from '@nextstep/db';
import { loadConfig } from '@nextstep/platform';
import Redis from 'ioredis';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { DataSource } from 'typeorm';
import { emailIdentity } from '../scheduling/email-plan';
import { followUpsDueSql, percentile, seedApplications, seedJobBoard, startCountingSink } from './bench-support';

function numberArg(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0`);
  return value;
}
const COUNT = numberArg('count', 2_000);
const SPREAD_MS = numberArg('spread', 20_000);
const KILL_EVERY_MS = numberArg('kill-every', 3_000);
const REDIS_PORT = numberArg('redis-port', 6390);
const SEED = numberArg('seed', 7);
/** Time for the relay to plan every row before the first one is due. */
const LEAD_MS = 8_000;
/** Longer than the send lease (120 s), a sweep tick (30 s) and the retries' backoff together. */
const DRAIN_TIMEOUT_MS = 8 * 60_000;
/** A worker killed this soon after the SMTP server accepted a message may not have marked it sent (one batched UPDATE). */
const CRASH_WINDOW_MS = 1_000;
const ROOT = resolvePath(__dirname, '../../../..');
const PREFIX = '{nextstep_chaos_worker}';

/** Every process this script started, so a failed run leaves none behind. */
const started = new Set<ChildProcess>();
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const log = (line: string) => process.stdout.write(`${line}\n`);

/** A private redis-server that keeps nothing on disk, so a restart loses every job, as a crash of an unpersisted Redis would. */
class PrivateRedis {
  private child: ChildProcess | null = null;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    started.add(this.child);
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (await this.answers()) return;
      if (Date.now() > deadline) throw new Error(`redis-server on port ${this.port} did not start`);
      await sleep(50);
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
    this.child = null;
  }

  async answers(): Promise<boolean> {
    const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 500 });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      return (await probe.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      probe.disconnect();
    }
  }
}

interface WorkerProcess {
  name: string;
  child: ChildProcess;
  startedAt: number;
  readyAt: number | null;
  killedByUs: boolean;
}

/** Two worker processes under a supervisor that restarts whichever dies; `kill()` SIGKILLs the one up longest. */
class Workers {
  readonly running: WorkerProcess[] = [];
  readonly kills: number[] = [];
  unexpectedExits = 0;
  starts = 0;
  /** [time, workers ready] at every change, for the availability summary. */
  readonly readiness: Array<[number, number]> = [];
  private stopping = false;

  constructor(
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  start(name: string): void {
    this.starts += 1;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', resolvePath(ROOT, 'apps/worker/src/main.ts')], {
      cwd: ROOT,
      // eslint-disable-next-line no-restricted-properties -- the worker children get this run's environment (PATH, node options) with the chaos run's database, Redis and SMTP server
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.add(child);
    const worker: WorkerProcess = { name, child, startedAt: Date.now(), readyAt: null, killedByUs: false };
    // Each process's log, for finding out afterwards what a worker was doing.
    const logFile = createWriteStream(join(this.logDir, `${name}-${this.starts}.log`));
    child.stdout?.pipe(logFile);
    child.stderr?.pipe(logFile);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      if (worker.readyAt !== null) return;
      buffered += chunk.toString();
      if (buffered.includes('Worker ready')) {
        worker.readyAt = Date.now();
        this.noteReadiness();
      }
      buffered = buffered.slice(-200);
    });
    child.on('exit', () => {
      const at = this.running.indexOf(worker);
      if (at >= 0) this.running.splice(at, 1);
      this.noteReadiness();
      if (this.stopping) return;
      if (!worker.killedByUs) this.unexpectedExits += 1;
      this.start(name);
    });
    this.running.push(worker);
  }

  kill(): void {
    const oldest = [...this.running].sort((a, b) => a.startedAt - b.startedAt)[0];
    if (!oldest) return;
    oldest.killedByUs = true;
    this.kills.push(Date.now());
    oldest.child.kill('SIGKILL');
  }

  ready(): number {
    return this.running.filter((worker) => worker.readyAt !== null).length;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.running.map(
        (worker) =>
          new Promise<void>((done) => {
            worker.child.once('exit', () => done());
            worker.child.kill('SIGTERM');
          }),
      ),
    );
  }

  private noteReadiness(): void {
    this.readiness.push([Date.now(), this.ready()]);
  }
}

/** Milliseconds spent with 0, 1 and 2 workers ready between `from` and `to`. */
function availability(changes: Array<[number, number]>, from: number, to: number): Record<number, number> {
  const spent: Record<number, number> = { 0: 0, 1: 0, 2: 0 };
  let level = 0;
  let since = from;
  for (const [at, ready] of changes) {
    if (at > from) {
      spent[level] = (spent[level] ?? 0) + Math.min(at, to) - since;
      since = Math.min(at, to);
    }
    level = ready;
  }
  spent[level] = (spent[level] ?? 0) + Math.max(0, to - since);
  return spent;
}

async function main(): Promise<void> {
  const base = loadConfig();
  const databaseUrl = new URL(base.databaseUrl);
  databaseUrl.pathname = '/nextstep_chaos_worker';
  const redis = new PrivateRedis(REDIS_PORT);
  if (await redis.answers()) throw new Error(`Something already answers on port ${REDIS_PORT}; choose another with --redis-port`);
  await redis.start();
  await dropDatabase(databaseUrl.toString());
  await migrate(databaseUrl.toString());
  const sink = await startCountingSink({ transient: 0.1, permanent: 0.01, seed: SEED });
  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl.toString(), poolSize: 4 });
  await dataSource.initialize();
  await seedJobBoard(dataSource);

  const logDir = join(tmpdir(), 'nextstep-chaos-worker');
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const workers = new Workers({
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl.toString(),
    REDIS_URL: redis.url,
    REDIS_PREFIX: PREFIX,
    SMTP_URL: sink.url,
    JWT_SECRET: randomBytes(32).toString('hex'),
    SEND_WINDOW: 'always',
    // 2,000 over 20 s is 100 a second; the default limit (50/s) would make every e-mail late by design.
    MAIL_RATE_PER_SECOND: '1000',
    LOG_LEVEL: 'info',
    LOG_PRETTY: 'false',
  }, logDir);
  workers.start('worker-a');
  workers.start('worker-b');
  const bootDeadline = Date.now() + 60_000;
  while (workers.ready() < 2) {
    if (Date.now() > bootDeadline) throw new Error('the two workers did not start within 60 s');
    await sleep(100);
  }
  log(`chaos:worker: 2 workers up; seeding ${COUNT} follow-ups due over ${SPREAD_MS / 1000} s from ${LEAD_MS / 1000} s from now`);

  // The chaos starts with the seeding, so the relay's planning is interrupted too.
  const chaosStart = Date.now();
  const firstDue = chaosStart + LEAD_MS;
  const chaosEnd = firstDue + SPREAD_MS;
  const redisRestartAt = firstDue + SPREAD_MS / 2;
  let redisDown: { at: number; ms: number } | null = null;
  const killer = setInterval(() => workers.kill(), KILL_EVERY_MS);
  const redisRestart = (async () => {
    await sleep(redisRestartAt - Date.now());
    const at = Date.now();
    await redis.stop();
    await redis.start();
    redisDown = { at, ms: Date.now() - at };
    log(`chaos:worker: Redis restarted (empty) at +${((at - firstDue) / 1000).toFixed(1)} s after the first due time, down ${redisDown.ms} ms`);
  })();

  await seedApplications(dataSource, COUNT, 0, followUpsDueSql(firstDue, COUNT, SPREAD_MS));
  // These candidates had their thank-you reminder two weeks ago: with its identity sent, the relay plans only
  // the follow-up, so the offered load is the 2,000 e-mails and not 2,000 more that would only be skipped.
  await dataSource.query(
    `INSERT INTO scheduled_emails (application_id, kind, interview_id, recipient_user_id, dedupe_key, send_at, status, sent_at, attempts)
     SELECT a.id, 'thank_you_reminder', i.id, a.candidate_id, $1 || i.id, i.completed_at + interval '1 hour', 'sent', i.completed_at + interval '1 hour', 1
       FROM applications a JOIN interviews i ON i.application_id = a.id`,
    [emailIdentity.thankYouReminder('')],
  );
  await dataSource.query(
    `INSERT INTO outbox_events (type, application_id, payload)
     SELECT 'interview.completed', a.id, jsonb_build_object('interviewId', i.id) FROM applications a JOIN interviews i ON i.application_id = a.id`,
  );
  await sleep(chaosEnd - Date.now());
  clearInterval(killer);
  await redisRestart;
  log(`chaos:worker: chaos over (${workers.kills.length} SIGKILLs); waiting for every due row to finish`);

  // Both workers run undisturbed now; the leases of killed senders (120 s) and the sweep (30 s) do the rest.
  const drainDeadline = Date.now() + DRAIN_TIMEOUT_MS;
  let lastReport = 0;
  for (;;) {
    const [row] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM scheduled_emails WHERE kind = 'follow_up_reminder')::int AS planned,
              (SELECT count(*) FROM scheduled_emails WHERE status = 'sending' OR (status = 'scheduled' AND send_at <= now()))::int AS open,
              (SELECT count(*) FROM outbox_events WHERE processed_at IS NULL)::int AS unrelayed`,
    )) as Array<{ planned: number; open: number; unrelayed: number }>;
    if (row && row.planned >= COUNT && row.open === 0 && row.unrelayed === 0) break;
    if (Date.now() > drainDeadline) {
      log(`chaos:worker: gave up waiting after ${DRAIN_TIMEOUT_MS / 60_000} min: ${JSON.stringify(row)}`);
      break;
    }
    if (Date.now() - lastReport > 15_000) {
      lastReport = Date.now();
      log(`  … +${((Date.now() - chaosEnd) / 1000).toFixed(0)} s: ${JSON.stringify(row)}, delivered ${sink.arrivals.size}`);
    }
    await sleep(500);
  }
  const finishedAt = Date.now();
  await sleep(300);
  await workers.stop();
  await sink.close();

  const rows = (await dataSource.query(
    `SELECT id, status, send_at, attempts FROM scheduled_emails WHERE kind = 'follow_up_reminder'`,
  )) as Array<{ id: string; status: string; send_at: Date; attempts: number }>;
  const statuses = new Map<string, number>();
  const [{ n: leftSending }] = (await dataSource.query(`SELECT count(*)::int AS n FROM scheduled_emails WHERE status = 'sending'`)) as [{ n: number }];
  for (const row of rows) statuses.set(row.status, (statuses.get(row.status) ?? 0) + 1);
  const refusedPermanently = new Map<string, number>();
  let transient = 0;
  for (const [id, code, at] of sink.refusals) {
    if (code === 550 && !refusedPermanently.has(id)) refusedPermanently.set(id, at);
    if (code === 451) transient += 1;
  }
  const lost = rows.filter((row) => !sink.arrivals.has(row.id) && !refusedPermanently.has(row.id));
  const acceptedCount = new Map<string, number>();
  for (const [id] of sink.accepted) acceptedCount.set(id, (acceptedCount.get(id) ?? 0) + 1);
  const duplicates = [...acceptedCount].filter(([, n]) => n > 1);
  const statusOf = new Map(rows.map((row) => [row.id, row.status]));
  const attemptsAfter = (id: string, at: number) =>
    sink.accepted.filter(([other, when]) => other === id && when > at).length + sink.refusals.filter(([other, , when]) => other === id && when > at).length;
  const permanentFailedNoRetry = [...refusedPermanently].filter(([id, at]) => statusOf.get(id) === 'failed' && attemptsAfter(id, at) === 0).length;
  const latenessOf = (selected: typeof rows) =>
    selected
      .map((row) => (sink.arrivals.get(row.id) ?? NaN) - new Date(row.send_at).getTime())
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
  const lateness = latenessOf(rows);
  // Rows due after the restart had their delayed jobs in the Redis that was lost; the sweep finds them once overdue.
  const restartedAt = (redisDown as { at: number } | null)?.at ?? Infinity;
  const dueBefore = latenessOf(rows.filter((row) => new Date(row.send_at).getTime() < restartedAt));
  const dueAfter = latenessOf(rows.filter((row) => new Date(row.send_at).getTime() >= restartedAt));
  // A duplicate is the accepted-then-crash window when its first acceptance came just before a SIGKILL.
  const windows = duplicates.map(([id]) => {
    const first = sink.accepted.find(([other]) => other === id)?.[1] ?? NaN;
    const nextKill = workers.kills.find((at) => at >= first - 5);
    return nextKill === undefined ? Infinity : nextKill - first;
  });
  const spent = availability(workers.readiness, chaosStart, chaosEnd);
  const downtime = redisDown as { at: number; ms: number } | null;

  log('');
  log(`chaos:worker — ${COUNT} follow-up reminders due over ${SPREAD_MS / 1000} s; SMTP sink in its own process refusing 10 % with 451 and 1 % with 550 (seed ${SEED})`);
  log(
    `faults          ${workers.kills.length} SIGKILLs (every ${KILL_EVERY_MS / 1000} s, of the worker up longest), ${workers.starts - 2} restarts, ${workers.unexpectedExits} unexpected exits; ` +
      `Redis restarted empty at +${downtime ? ((downtime.at - firstDue) / 1000).toFixed(1) : '?'} s (down ${downtime?.ms ?? '?'} ms)`,
  );
  log(`workers ready   during the chaos: 2 for ${(spent[2] ?? 0) / 1000} s, 1 for ${(spent[1] ?? 0) / 1000} s, 0 for ${(spent[0] ?? 0) / 1000} s`);
  log(`delivered       ${sink.arrivals.size} distinct Message-IDs accepted (${sink.accepted.length} acceptances)`);
  log(`refused         ${transient} times with 451 (retried); ${refusedPermanently.size} rows with 550`);
  log(`550 → failed    ${permanentFailedNoRetry} of ${refusedPermanently.size} marked failed with no further attempt`);
  log(`lost            ${lost.length} (due, never delivered, not refused with 550)${lost.length ? `: ${JSON.stringify(lost.slice(0, 5))}` : ''}`);
  const inWindow = windows.filter((ms) => ms <= CRASH_WINDOW_MS).length;
  log(
    `duplicated      ${duplicates.length} Message-IDs accepted twice or more: ${inWindow} accepted at most ${CRASH_WINDOW_MS} ms before a SIGKILL ` +
      `(the accepted-then-crash window), ${duplicates.length - inWindow} otherwise` +
      (duplicates.length ? ` (first acceptance → next SIGKILL: ${windows.map((ms) => (Number.isFinite(ms) ? `${ms} ms` : 'none')).join(', ')})` : ''),
  );
  const describe = (sorted: number[]) => `p50 ${percentile(sorted, 50)} ms, p99 ${percentile(sorted, 99)} ms, max ${sorted.at(-1)} ms`;
  log(`lateness        ${describe(lateness)} (first acceptance − send_at)`);
  log(`                due before the Redis restart (${dueBefore.length}): ${describe(dueBefore)}; due after it (${dueAfter.length}): ${describe(dueAfter)}`);
  log(`left behind     ${leftSending} rows in sending (any kind); follow-up rows by status ${JSON.stringify(Object.fromEntries(statuses))}`);
  log(`finished        ${((finishedAt - chaosEnd) / 1000).toFixed(0)} s after the chaos ended (${((finishedAt - chaosStart) / 1000).toFixed(0)} s in all); worker logs in ${logDir}`);

  await dataSource.destroy();
  await redis.stop();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`chaos:worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(1);
  },
);

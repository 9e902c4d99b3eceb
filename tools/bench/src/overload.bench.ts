// `npm run bench:overload`: the API pushed past what its job search can serve, on a 200,000-job board.
//
// 1. migrates and (once) seeds its own database, nextstep_bench (BENCH_DATABASE_URL and BENCH_JOBS to change it;
//    the board is the one `npm run bench:search` uses);
// 2. builds the API and its libraries (`nx run api:build`, seconds; BENCH_NO_BUILD=1 skips it) and starts
//    the built API, node dist/apps/api/src/main.js, as production runs it (its RSS is what is measured), on a free
//    port with the search cache off, so every search runs in Postgres;
// 3. finds the saturating load: closed-loop broad one-word searches with 1, 2, 4, ... clients until the searches
//    answered per second stop growing (or 503s start);
// 4. offers twice that rate, open loop (a request every 1/rate s whatever the answers), for BENCH_SECONDS (30),
//    while once a second it asks readiness and liveness, signs in, and sends an application (three loops of their own);
// 5. prints the API's peak RSS (VmHWM), sign-in and application-write latencies, readiness answers and the
//    count of 200 / 503 / other answers, then PASS or FAIL for each bound of issue #13 (exit code 1 on a FAIL).
// Not part of `npm test`; see docs/benchmarks.md ("Overload") for the method and results.
import { SingleBar } from 'cli-progress';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { migrate, seedDemoDataIfEmpty } from '@nextstep/db';
import { benchApiEnv, freePort } from './search/api';

const ROOT = resolve(__dirname, '../../..');
const DATABASE_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/nextstep_bench';
const JOBS = Number(process.env['BENCH_JOBS'] ?? 200_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 30);
const STEP_SECONDS = Number(process.env['BENCH_STEP_SECONDS'] ?? 5);
const MAX_CLIENTS = 64;
/** A request still unanswered after this counts as "other" (a hang), not as a success. */
const REQUEST_TIMEOUT_MS = 15_000;

const RSS_LIMIT_MB = 300;
const WRITE_LIMIT_MS = 1_000;

/** The searches people really type: one broad word, thousands of matches each, the expensive kind. */
const QUERIES = [
  'nurse', 'warehouse', 'driver', 'customer service', 'forklift', 'sales', 'technician', 'assistant', 'manager',
  'operator', 'clerk', 'cook', 'electrician', 'welder', 'accounting', 'cashier', 'maintenance', 'mechanic',
].map((q) => `/api/jobs?q=${encodeURIComponent(q)}`);

async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: DATABASE_URL, application_name: 'bench-overload' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<string[]> {
  await migrate(DATABASE_URL);
  const bar = new SingleBar({ format: 'Seeding bench board [{bar}] {percentage}% | {value}/{total} jobs | {duration}s', noTTYOutput: true, notTTYSchedule: 5_000 });
  let started = false;
  const result = await seedDemoDataIfEmpty(DATABASE_URL, {
    jobs: JOBS,
    companies: 500,
    onProgress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  if (started) bar.stop();
  return withClient(async (client) => {
    if (result.seeded) await client.query('VACUUM ANALYZE jobs');
    const { rows: count } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs');
    console.log(`Board: ${count[0]?.n ?? 0} jobs${result.seeded ? ' (seeded now)' : ''}.`);
    // Jobs to apply to, one per application write (a candidate applies to a job once).
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM jobs WHERE status = 'open' AND (closes_at IS NULL OR closes_at > now()) ORDER BY random() LIMIT 2000`,
    );
    return rows.map((row) => row.id);
  });
}

interface RunningApi {
  base: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function startApi(): Promise<RunningApi> {
  const port = await freePort();
  if (process.env['BENCH_NO_BUILD'] !== '1') {
    execFileSync(process.execPath, [require.resolve('nx/bin/nx'), 'run', 'api:build', '--outputStyle=static'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
  }
  const built = resolve(ROOT, 'dist/apps/api/src/main.js');
  if (!existsSync(built)) throw new Error(`${built} is missing: run without BENCH_NO_BUILD, or npm run build`);
  const args = (process.env['BENCH_NODE_ARGS'] ?? '--enable-source-maps').split(' ').filter(Boolean).concat(built);
  console.log(`API: node ${args.join(' ')}`);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...benchApiEnv(port, DATABASE_URL),
      REDIS_PREFIX: '{nextstep_bench_overload}',
      // The registration's verification e-mail finds no SMTP server here; its retries are not what is measured.
      LOG_LEVEL: 'error',
      // Every search runs in Postgres: the cache would hide the overload this measures.
      SEARCH_CACHE_SECONDS: '0',
      // One load generator is one IP; the per-IP limits would turn the run into 429s.
      RATE_LIMIT_API_PER_MINUTE: '1000000',
      RATE_LIMIT_AUTH_PER_MINUTE: '1000000',
      ...pick(process.env, ['SEARCH_POOL_SIZE', 'SEARCH_QUEUE_MAX', 'SEARCH_STATEMENT_TIMEOUT_MS']),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return { base, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  throw new Error('the API did not become ready within 60 s');
}

function pick(env: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (env[name] ? [[name, env[name]]] : [])));
}

/** VmRSS (now) and VmHWM (peak since start) of a process, in MB, from /proc. */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

type Outcome = { status: number | 'timeout' | 'error'; ms: number; code?: string; retryAfter?: string | null; text?: string };

async function request(url: string, init: RequestInit = {}): Promise<Outcome> {
  const started = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    let code: string | undefined;
    if (res.status >= 400) {
      try {
        code = (JSON.parse(text) as { code?: string }).code;
      } catch {
        code = undefined;
      }
    }
    // Only the sign-in's body is read again (its token); search bodies are not kept.
    return { status: res.status, ms: performance.now() - started, code, retryAfter: res.headers.get('retry-after'), text: init.method === 'POST' ? text : undefined };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { status: timedOut ? 'timeout' : 'error', ms: performance.now() - started };
  }
}

function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const round = (value: number) => Math.round(value);

interface Tally {
  ok: number;
  busy: number;
  other: number;
  fiveHundreds: number;
  okMs: number[];
  busyMs: number[];
  codes: Map<string, number>;
  busyWithoutRetryAfter: number;
}

function tally(outcomes: Outcome[]): Tally {
  const t: Tally = { ok: 0, busy: 0, other: 0, fiveHundreds: 0, okMs: [], busyMs: [], codes: new Map(), busyWithoutRetryAfter: 0 };
  for (const o of outcomes) {
    const key = o.code ? `${o.status} ${o.code}` : String(o.status);
    t.codes.set(key, (t.codes.get(key) ?? 0) + 1);
    if (o.status === 200) {
      t.ok++;
      t.okMs.push(o.ms);
    } else if (o.status === 503) {
      t.busy++;
      t.busyMs.push(o.ms);
      if (!o.retryAfter) t.busyWithoutRetryAfter++;
    } else {
      t.other++;
      if (typeof o.status === 'number' && o.status >= 500) t.fiveHundreds++;
    }
  }
  return t;
}

/** Closed loop: `clients` searchers, each sending its next search when the last one is answered. */
async function closedLoop(base: string, clients: number, seconds: number): Promise<{ okPerSecond: number; tally: Tally }> {
  const outcomes: Outcome[] = [];
  const until = performance.now() + seconds * 1_000;
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) outcomes.push(await request(base + QUERIES[next++ % QUERIES.length]));
    }),
  );
  const t = tally(outcomes);
  return { okPerSecond: t.ok / seconds, tally: t };
}

async function findSaturation(base: string): Promise<{ clients: number; okPerSecond: number }> {
  console.log(`\nFinding the saturating load: closed loop, ${STEP_SECONDS} s per step`);
  const rows: Array<Record<string, number | string>> = [];
  let best = { clients: 1, okPerSecond: 0 };
  for (let clients = 1; clients <= MAX_CLIENTS; clients *= 2) {
    const { okPerSecond, tally: t } = await closedLoop(base, clients, STEP_SECONDS);
    rows.push({ clients, 'ok/s': okPerSecond.toFixed(1), 'p50 ms': round(percentile(t.okMs, 50)), 'p95 ms': round(percentile(t.okMs, 95)), '503': t.busy, other: t.other });
    const growing = okPerSecond > best.okPerSecond * 1.1;
    if (okPerSecond > best.okPerSecond) best = { clients, okPerSecond };
    // Saturated: more clients no longer buy more answers, or the API has started to refuse.
    if (!growing || t.busy > 0) break;
  }
  console.table(rows);
  console.log(`Saturating load: about ${best.okPerSecond.toFixed(1)} searches/s answered (${best.clients} clients).`);
  return best;
}

interface Probe {
  ready: Outcome[];
  live: Outcome[];
  signIn: Outcome[];
  apply: Outcome[];
}

async function main(): Promise<void> {
  const jobIds = await prepareDatabase();
  const api = await startApi();
  const pid = api.process.pid;
  if (pid === undefined) throw new Error('the API has no pid');
  let failed = false;
  try {
    const email = `overload-${randomUUID().slice(0, 8)}@example.com`;
    const password = 'amber-kettle-sunrise-42';
    const registered = await fetch(`${api.base}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password, firstName: 'Bench', lastName: 'Candidate' }),
    });
    if (registered.status !== 201) throw new Error(`register failed: ${registered.status} ${await registered.text()}`);

    const saturation = await findSaturation(api.base);
    const rate = Math.max(2, 2 * saturation.okPerSecond);
    const total = Math.round(rate * SECONDS);
    console.log(`\nOffering ${rate.toFixed(1)} searches/s (2x saturation), open loop, for ${SECONDS} s: ${total} searches`);

    const signIn = async (): Promise<Outcome> =>
      request(`${api.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const first = await signIn();
    if (first.status !== 200 || !first.text) throw new Error(`sign-in failed before the run: ${String(first.status)}`);
    const token = (JSON.parse(first.text) as { accessToken: string }).accessToken;
    const probes: Probe = { ready: [], live: [], signIn: [], apply: [] };
    const rss: number[] = [];
    let nextJob = 0;
    const started = performance.now();
    const until = started + SECONDS * 1_000;

    const probing = (async () => {
      for (let second = 0; performance.now() < until; second++) {
        const due = started + second * 1_000;
        await new Promise((done) => setTimeout(done, Math.max(0, due - performance.now())));
        rss.push(memoryOf(pid).rssMb);
        const [ready, live] = await Promise.all([request(`${api.base}/api/health/ready`), request(`${api.base}/api/health/live`)]);
        probes.ready.push(ready);
        probes.live.push(live);
      }
    })();

    const signingIn = (async () => {
      for (let second = 0; performance.now() < until; second++) {
        await new Promise((done) => setTimeout(done, Math.max(0, started + second * 1_000 + 300 - performance.now())));
        probes.signIn.push(await signIn());
      }
    })();
    // The application write is timed alone, with the token of the sign-in before the run.
    const writing = (async () => {
      for (let second = 0; performance.now() < until; second++) {
        await new Promise((done) => setTimeout(done, Math.max(0, started + second * 1_000 + 600 - performance.now())));
        const jobId = jobIds[nextJob++ % jobIds.length];
        probes.apply.push(
          await request(`${api.base}/api/jobs/${jobId}/applications`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ coverLetter: 'I have six years in warehouses and can start on Monday, any shift.', resumeText: 'Forklift certified. Inventory control.' }),
          }),
        );
      }
    })();

    const searches: Array<Promise<Outcome>> = [];
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1_000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((done) => setTimeout(done, wait));
      searches.push(request(api.base + QUERIES[i % QUERIES.length]));
    }
    const outcomes = await Promise.all(searches);
    await Promise.all([probing, signingIn, writing]);
    const seconds = (performance.now() - started) / 1_000;

    const finalLive = await request(`${api.base}/api/health/live`);
    const up = api.process.exitCode === null && finalLive.status === 200;
    const memory = memoryOf(pid);
    const t = tally(outcomes);
    const readyCodes = tally(probes.ready).codes;
    const signInMs = probes.signIn.map((o) => o.ms);
    const applyMs = probes.apply.map((o) => o.ms);

    console.log(`\nResults (${seconds.toFixed(1)} s, ${outcomes.length} searches offered at ${rate.toFixed(1)}/s)`);
    console.table([
      { answer: '200', count: t.ok, 'p50 ms': round(percentile(t.okMs, 50)), 'p95 ms': round(percentile(t.okMs, 95)), 'max ms': round(Math.max(0, ...t.okMs)) },
      { answer: '503', count: t.busy, 'p50 ms': round(percentile(t.busyMs, 50)), 'p95 ms': round(percentile(t.busyMs, 95)), 'max ms': round(Math.max(0, ...t.busyMs)) },
      { answer: 'other', count: t.other, 'p50 ms': '', 'p95 ms': '', 'max ms': '' },
    ]);
    console.log('Search answers by status and code:', Object.fromEntries(t.codes));
    console.log('Readiness answers:', Object.fromEntries(readyCodes), `p95 ${round(percentile(probes.ready.map((o) => o.ms), 95))} ms`);
    console.log('Liveness answers:', Object.fromEntries(tally(probes.live).codes));
    console.log(`Sign-in: ${probes.signIn.filter((o) => o.status === 200).length}/${probes.signIn.length} ok, p50 ${round(percentile(signInMs, 50))} ms, max ${round(Math.max(0, ...signInMs))} ms`);
    console.log(`Application write: ${probes.apply.filter((o) => o.status === 201).length}/${probes.apply.length} created, p50 ${round(percentile(applyMs, 50))} ms, max ${round(Math.max(0, ...applyMs))} ms`);
    console.log(`API RSS: peak ${memory.peakMb.toFixed(0)} MB (VmHWM), max sampled ${Math.max(...rss).toFixed(0)} MB`);

    const checks: Array<[string, boolean]> = [
      ['API up (process running, liveness 200 at the end)', up],
      [`RSS peak < ${RSS_LIMIT_MB} MB`, memory.peakMb < RSS_LIMIT_MB],
      [`every sign-in 200 within ${WRITE_LIMIT_MS} ms`, probes.signIn.length > 0 && probes.signIn.every((o) => o.status === 200 && o.ms < WRITE_LIMIT_MS)],
      [`every application write 201 within ${WRITE_LIMIT_MS} ms`, probes.apply.length > 0 && probes.apply.every((o) => o.status === 201 && o.ms < WRITE_LIMIT_MS)],
      ['readiness 200 throughout', probes.ready.length > 0 && probes.ready.every((o) => o.status === 200)],
      ['searches answered only 200 or 503 (no 500, no hang)', t.other === 0],
      ['every 503 carries Retry-After', t.busyWithoutRetryAfter === 0],
    ];
    console.log('');
    for (const [what, ok] of checks) {
      console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`);
      if (!ok) failed = true;
    }
  } finally {
    await api.stop();
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});

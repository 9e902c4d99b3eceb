// `npm run bench:search`: the job search under load, on a 200,000-job board.
//
// 1. migrates and (once) seeds its own database, nextstep_bench (BENCH_DATABASE_URL to change it);
// 2. starts the real API (apps/api/src/main.ts through SWC) on a free port against it;
// 3. runs autocannon with 50 connections against selective GET /api/jobs?q=... queries,
//    then against all of them mixed, and prints requests/s and p50/p95/p99 latency;
// 4. restarts the API with the search cache off (SEARCH_CACHE_SECONDS=0) and runs the mix
//    again, so the cost of a search that misses the cache is on record too.
// Not part of `npm test`; see docs/benchmarks.md for results and method.
import autocannon from 'autocannon';
import { SingleBar } from 'cli-progress';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { migrate, seedDemoDataIfEmpty } from '@nextstep/db';

const ROOT = resolve(__dirname, '../../..');
const DATABASE_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/nextstep_bench';
const JOBS = 200_000;
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 50);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 15);

/** Selective searches: tens to a few hundred matches among 200,000 jobs, as real candidates type them. */
const QUERIES = [
  '/api/jobs?q=forklift%20operator%20naperville',
  '/api/jobs?q=charge%20nurse%20gastonia&employmentType=direct_hire,temporary',
  '/api/jobs?q=%22journeyman%20electrician%22%20plano',
  '/api/jobs?q=phlebotomist%20glendale&postedWithinDays=30',
  '/api/jobs?q=TIG%20welding%20racine',
  '/api/jobs?q=payroll%20specialist%20dublin&payMin=50000',
];

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function prepareDatabase(): Promise<void> {
  await migrate(DATABASE_URL);
  const bar = new SingleBar({
    format: 'Seeding bench board [{bar}] {percentage}% | {value}/{total} jobs | {duration}s',
    noTTYOutput: true,
    notTTYSchedule: 5_000,
  });
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
  const client = new Client({ connectionString: DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs');
  await client.query('VACUUM ANALYZE jobs');
  await client.end();
  console.log(result.seeded ? result.summary.split('\n')[0] : `Using the existing bench board: ${rows[0]?.n ?? 0} jobs.`);
}

async function startApi(port: number, extraEnv: Record<string, string> = {}): Promise<() => void> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', resolve(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('hex'),
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL,
      REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: '{nextstep_bench}',
      LOG_LEVEL: 'warn',
      // One load generator is one IP; the per-IP API limit would turn the run into 429s.
      RATE_LIMIT_API_PER_MINUTE: '1000000',
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = (): void => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return stop;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  stop();
  throw new Error('the API did not become healthy within 60 s');
}

interface Outcome {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function run(name: string, base: string, paths: string[], seconds: number): Promise<Outcome> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      { url: base, connections: CONNECTIONS, duration: seconds, requests: paths.map((path) => ({ method: 'GET' as const, path })) },
      (error, outcome) => (error ? fail(error) : done(outcome)),
    );
    // autocannon reports p97.5 but not p95, so every response time is kept.
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function printTable(title: string, outcomes: Outcome[]): void {
  console.log(`\n${title}`);
  console.table(
    outcomes.map((o) => ({
      query: o.name,
      'req/s': Math.round(o.rps),
      'p50 ms': o.p50,
      'p95 ms': o.p95,
      'p99 ms': o.p99,
      requests: o.requests,
      'errors/non-2xx': o.errors + o.non2xx,
    })),
  );
}

/** Starts the API with `env`, runs `body` against it, and stops it again. */
async function withApi(env: Record<string, string>, body: (base: string) => Promise<void>): Promise<void> {
  const port = await freePort();
  const stop = await startApi(port, env);
  try {
    await body(`http://127.0.0.1:${port}`);
  } finally {
    // Let the last in-flight requests finish before the API shuts down.
    await new Promise((done) => setTimeout(done, 2_000));
    stop();
    await new Promise((done) => setTimeout(done, 2_000));
  }
}

async function main(): Promise<void> {
  await prepareDatabase();
  await withApi({}, async (base) => {
    for (const path of QUERIES) {
      const res = await fetch(base + path);
      const body = (await res.json()) as { items?: unknown[] };
      console.log(`${res.status} ${String(body.items?.length ?? 0).padStart(2)} items  ${path}`);
    }
    console.log(`\nWarming up for 10 s, then ${SECONDS} s per query with ${CONNECTIONS} connections...`);
    await run('warm-up', base, QUERIES, 10);
    const outcomes: Outcome[] = [];
    for (const path of QUERIES) outcomes.push(await run(path.replace('/api/jobs?', ''), base, [path], SECONDS));
    outcomes.push(await run('all six, round robin', base, QUERIES, SECONDS));
    printTable('As configured by default (SEARCH_CACHE_SECONDS=30: repeated searches come from the Redis board cache)', outcomes);
  });
  await withApi({ SEARCH_CACHE_SECONDS: '0' }, async (base) => {
    console.log(`\nCache off: warming up for 5 s, then ${SECONDS} s with ${CONNECTIONS} connections...`);
    await run('warm-up', base, QUERIES, 5);
    printTable('Cache off (SEARCH_CACHE_SECONDS=0: every search runs in Postgres)', [
      await run('all six, round robin, no cache', base, QUERIES, SECONDS),
    ]);
  });
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

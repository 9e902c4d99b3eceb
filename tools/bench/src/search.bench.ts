// `npm run bench:search`: the job search on the 200,000-job bench board, measured side by side in one run
// (see docs/benchmarks.md, "Job search", for the method and what each number means):
//
// 1. builds (or reuses, while its fingerprint matches) the bench board and a mix of 100+ distinct searches
//    made from the board's own vocabulary, with a Zipf popularity skew (search/mix.ts);
// 2. for each index path (RUM, and the GIN fallback), with the API's search cache OFF:
//    - sends each search of the mix once, recording the exact statements and parameters the API runs
//      (search/capture-statements.ts, preloaded into the API process);
//    - closed loop, fixed connections: the mix, then one-word broad searches alone, then selective ones alone;
//    - open loop: the mix offered at a fixed rate, latency from each request's scheduled time;
//    - pgbench with the same client count, running the captured statement sets with the same weights;
//    - EXPLAIN (ANALYZE, BUFFERS) for a broad and a selective search;
// 3. the mix again with the cache ON (the default path only);
// 4. prints a markdown summary with each "Done when" criterion of issue #13 (PASS/FAIL) and writes JSON.
//
// Flags: --quick (20,000 jobs, 5 s phases, 16 connections: for development on a shared machine),
// --jobs N, --seconds S, --connections C, --rate R (offered req/s), --open-seconds S, --paths rum,gin (which index paths).
// Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { ROOT, startApi } from './search/api';
import { prepareBoard } from './search/board';
import { explainSet, type Explained } from './search/explain';
import { closedLoop, openLoop, type LoadOutcome } from './search/load';
import { apiTakesPostalCode, buildMix, CLASS_LABELS, type MixQuery, type QueryClass } from './search/mix';
import { pgbenchVersion, runPgbench, statementsByRequest, writeScript, type PgbenchOutcome, type StatementSet } from './search/pgbench';

interface Options {
  quick: boolean;
  jobs: number;
  seconds: number;
  connections: number;
  rate: number;
  openSeconds: number;
  paths: Array<'rum' | 'gin'>;
}

function parseArgs(argv: string[]): Options {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (name: string, fallback: number): number => {
    const raw = flag(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got ${raw}`);
    return n;
  };
  const quick = argv.includes('--quick');
  return {
    quick,
    jobs: num('jobs', quick ? 20_000 : 200_000),
    seconds: num('seconds', quick ? 5 : Number(process.env['BENCH_SECONDS'] ?? 15)),
    connections: num('connections', quick ? 16 : Number(process.env['BENCH_CONNECTIONS'] ?? 50)),
    rate: num('rate', 100),
    openSeconds: num('open-seconds', quick ? 10 : 30),
    paths: (flag('paths') ?? 'rum,gin').split(',').filter((name): name is 'rum' | 'gin' => name === 'rum' || name === 'gin'),
  };
}

interface IndexPath {
  name: 'rum' | 'gin';
  env: Record<string, string>;
  /** Without a config key to force the fallback, the GIN path drops the RUM indexes for its run. */
  dropRum: boolean;
}

interface PathResult {
  path: IndexPath['name'];
  note: string;
  capture: Array<{ path: string; cls: QueryClass; status: number; total: string; statements: number }>;
  api: { mix: LoadOutcome; broad: LoadOutcome; selective: LoadOutcome; open: LoadOutcome; cacheOn?: LoadOutcome; suggest?: LoadOutcome };
  pgbench: { mix: PgbenchOutcome; broad: PgbenchOutcome; selective: PgbenchOutcome };
  explain: { broad: { query: string; file: string } & Explained; selective: { query: string; file: string } & Explained };
}

const SELECTIVE: QueryClass = 'title_city';
const OUT_DIR = '/tmp/nextstep-search-bench';

async function rumIndexes(databaseUrl: string): Promise<Array<{ name: string; definition: string }>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' AND indexdef ~* ' USING rum '`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function sql(databaseUrl: string, statements: string[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Which paths the run can measure, and how to force each (helper A1's SEARCH_INDEX key, when it exists). */
async function indexPaths(databaseUrl: string): Promise<{ paths: IndexPath[]; note: string }> {
  const rum = await rumIndexes(databaseUrl);
  if (!rum.length) return { paths: [{ name: 'gin', env: {}, dropRum: false }], note: 'No RUM index in the bench database: only the GIN path was measured.' };
  const schema = readFileSync(resolve(ROOT, 'libs/platform/src/config/config.schema.ts'), 'utf8');
  if (/\bSEARCH_INDEX\b/.test(schema)) {
    return {
      paths: [
        { name: 'rum', env: { SEARCH_INDEX: 'rum' }, dropRum: false },
        { name: 'gin', env: { SEARCH_INDEX: 'gin' }, dropRum: false },
      ],
      note: `RUM indexes: ${rum.map((r) => r.name).join(', ')}; paths forced with SEARCH_INDEX=rum|gin.`,
    };
  }
  return {
    paths: [
      { name: 'rum', env: {}, dropRum: false },
      { name: 'gin', env: {}, dropRum: true },
    ],
    note: `RUM indexes: ${rum.map((r) => r.name).join(', ')}; the GIN path runs with them dropped (and recreated after).`,
  };
}

/**
 * Keystrokes per second offered to GET /api/jobs/suggest: a fixed rate, so the p95 is the latency a typing person
 * sees at a busy hour, not the queue of a closed loop that keeps the cores saturated.
 */
const SUGGEST_RATE = 50;

/**
 * What people type on the way to the mix's searches: the first 2 to 6 letters of each search's text, weighted like
 * the search (a popular search is typed often).
 */
function suggestPrefixes(mix: MixQuery[]): MixQuery[] {
  const out: MixQuery[] = [];
  for (const q of mix) {
    const text = new URL(q.path, 'http://bench').searchParams.get('q') ?? '';
    for (let n = 2; n <= Math.min(6, text.length); n++) {
      out.push({ ...q, path: `/api/jobs/suggest?prefix=${encodeURIComponent(text.slice(0, n))}`, weight: q.weight / 5 });
    }
  }
  const total = out.reduce((sum, q) => sum + q.weight, 0);
  return out.map((q) => ({ ...q, weight: q.weight / total }));
}

function classOf(mix: MixQuery[], cls: QueryClass): MixQuery[] {
  return mix.filter((q) => q.cls === cls);
}

async function measurePath(
  databaseUrl: string,
  indexPath: IndexPath,
  mix: MixQuery[],
  o: Options,
  cacheOn: boolean,
  log: (line: string) => void,
): Promise<PathResult> {
  const dir = join(OUT_DIR, indexPath.name);
  mkdirSync(dir, { recursive: true });
  const captureFile = join(dir, 'statements.jsonl');
  const broad = classOf(mix, 'broad');
  const selective = classOf(mix, SELECTIVE);
  const api = await startApi(databaseUrl, { SEARCH_CACHE_SECONDS: '0', ...indexPath.env }, captureFile);
  let capture: PathResult['capture'] = [];
  let loads: Omit<PathResult['api'], 'cacheOn'>;
  try {
    log(`\n[${indexPath.name}] capturing the statements of each of the ${mix.length} searches (one at a time)...`);
    // One unmarked search first: what the API does once (e.g. checking which index path it has) falls before
    // the first marker, into no request, so pgbench does not repeat it per transaction.
    await fetch(api.base + (mix[0]?.path ?? '/api/jobs')).then((res) => res.arrayBuffer());
    for (const [i, q] of mix.entries()) {
      api.mark(i);
      const res = await fetch(api.base + q.path);
      const body = (await res.json().catch(() => ({}))) as { items?: unknown[]; counts?: { total?: { value?: number; capped?: boolean } } };
      const total = body.counts?.total ? `${body.counts.total.value ?? '?'}${body.counts.total.capped ? '+' : ''}` : `${body.items?.length ?? 0} on page 1`;
      capture.push({ path: q.path, cls: q.cls, status: res.status, total, statements: 0 });
    }
    api.stopCapture();
    await new Promise((done) => setTimeout(done, 300));
    const warm = Math.max(2, Math.round(o.seconds / 3));
    log(`[${indexPath.name}] API, cache off: warm-up ${warm} s, then closed loop ${o.seconds} s each (mix, broad, selective) with ${o.connections} connections...`);
    await closedLoop('warm-up', api.base, mix, o.connections, warm);
    const mixRun = await closedLoop('mix', api.base, mix, o.connections, o.seconds);
    const broadRun = await closedLoop('broad only', api.base, broad, o.connections, o.seconds);
    const selectiveRun = await closedLoop('selective only', api.base, selective, o.connections, o.seconds);
    log(`[${indexPath.name}] API, cache off: open loop, ${o.rate} req/s offered for ${o.openSeconds} s...`);
    const open = await openLoop(`mix at ${o.rate} req/s`, api.base, mix, o.rate, o.openSeconds);
    let suggest: LoadOutcome | undefined;
    if (cacheOn) {
      const prefixes = suggestPrefixes(mix);
      log(`[${indexPath.name}] API: suggestions as people type, ${prefixes.length} prefixes, ${SUGGEST_RATE} req/s offered for ${o.seconds} s...`);
      suggest = await openLoop('suggest', api.base, prefixes, SUGGEST_RATE, o.seconds, 9);
    }
    loads = { mix: mixRun, broad: broadRun, selective: selectiveRun, open, suggest };
  } finally {
    await api.stop();
  }

  const sets = statementsByRequest(captureFile, mix.length);
  capture = capture.map((c, i) => ({ ...c, statements: sets[i]?.length ?? 0 }));
  const empty = capture.filter((c) => c.statements === 0);
  if (empty.length) log(`[${indexPath.name}] WARNING: no statements captured for ${empty.length} searches (e.g. ${empty[0]?.path}); pgbench leaves them out.`);
  const entries = (queries: MixQuery[]): Array<{ weight: number; statements: StatementSet }> =>
    queries.map((q) => ({ weight: q.weight, statements: sets[mix.indexOf(q)] ?? [] }));
  const scripts = { mix: join(dir, 'mix.sql'), broad: join(dir, 'broad.sql'), selective: join(dir, 'selective.sql') };
  writeScript(scripts.mix, entries(mix));
  writeScript(scripts.broad, entries(broad));
  writeScript(scripts.selective, entries(selective));
  log(`[${indexPath.name}] pgbench, the same statements bare: ${o.seconds} s each (mix, broad, selective) with ${o.connections} clients...`);
  const pgbench = {
    mix: await runPgbench(databaseUrl, scripts.mix, o.connections, o.seconds),
    broad: await runPgbench(databaseUrl, scripts.broad, o.connections, o.seconds),
    selective: await runPgbench(databaseUrl, scripts.selective, o.connections, o.seconds),
  };

  let cacheOnRun: LoadOutcome | undefined;
  if (cacheOn) {
    const cached = await startApi(databaseUrl, indexPath.env);
    try {
      log(`[${indexPath.name}] API, cache ON (default SEARCH_CACHE_SECONDS): warm-up, then the mix ${o.seconds} s...`);
      await closedLoop('warm-up', cached.base, mix, o.connections, Math.max(2, Math.round(o.seconds / 3)), 7);
      cacheOnRun = await closedLoop('mix, cache on', cached.base, mix, o.connections, o.seconds, 8);
    } finally {
      await cached.stop();
    }
  }

  const explainOne = async (q: MixQuery | undefined, kind: 'broad' | 'selective'): Promise<PathResult['explain']['broad']> => {
    if (!q) throw new Error(`the mix has no ${kind} search`);
    const explained = await explainSet(databaseUrl, sets[mix.indexOf(q)] ?? []);
    const file = join(dir, `explain-${kind}.txt`);
    writeFileSync(file, `-- ${indexPath.name} path, ${kind}: GET ${q.path}\n\n${explained.text}\n`);
    return { query: q.path, file, ...explained };
  };
  const explain = { broad: await explainOne(broad[0], 'broad'), selective: await explainOne(selective[0], 'selective') };
  return { path: indexPath.name, note: '', capture, api: { ...loads, cacheOn: cacheOnRun }, pgbench, explain };
}

// ---------------------------------------------------------------------------------------------- report

const pct = (x: number): string => (Number.isFinite(x) ? `${Math.round(x * 100)} %` : 'n/a');
const fmt = (x: number): string => (Number.isFinite(x) ? (Math.round(x * 10) / 10).toLocaleString('en-US') : 'n/a');
const bad = (l: LoadOutcome): number => l.errors + Object.values(l.statuses).reduce((a, b) => a + b, 0);
const statusText = (l: LoadOutcome): string =>
  bad(l) ? [...Object.entries(l.statuses).map(([s, n]) => `${n}×${s}`), ...(l.errors ? [`${l.errors} transport errors/timeouts`] : [])].join(', ') : '0';

function loadRow(label: string, l: LoadOutcome, pg?: PgbenchOutcome): string {
  const ratio = pg ? pct(l.okRps / pg.tps) : '';
  return `| ${label} | ${fmt(l.okRps)} | ${fmt(l.p50)} | ${fmt(l.p95)} | ${fmt(l.p99)} | ${statusText(l)} | ${pg ? fmt(pg.tps) : ''} | ${ratio} |`;
}

function report(meta: Record<string, unknown>, o: Options, mix: MixQuery[], results: PathResult[], notes: string[], loadEnd: number[]): { markdown: string; criteria: unknown[] } {
  const lines: string[] = [];
  const head = results[0];
  lines.push(`## Job search benchmark (${new Date().toISOString()})`, '');
  lines.push(`Machine: ${String(meta['cores'])} cores (${String(meta['cpu'])}), ${String(meta['memoryGb'])} GB; load average at start ${String(meta['loadStart'])}, at end ${loadEnd.map((x) => x.toFixed(2)).join(' ')}.`);
  lines.push(`${String(meta['postgres'])}; ${String(meta['pgbench'])}; Node ${process.version}; commit ${String(meta['commit'])}.`);
  lines.push(`${String(meta['board'])} ${o.connections} connections / pgbench clients; closed-loop phases ${o.seconds} s; open loop ${o.rate} req/s for ${o.openSeconds} s.`);
  for (const note of notes) lines.push(note);
  lines.push('');
  const byClass = new Map<QueryClass, MixQuery[]>();
  for (const q of mix) byClass.set(q.cls, [...(byClass.get(q.cls) ?? []), q]);
  lines.push(`Mix: ${mix.length} distinct searches, Zipf weights (rank r: 1/r). Share of traffic by class:`);
  for (const [cls, qs] of byClass) {
    lines.push(`- ${CLASS_LABELS[cls]}: ${qs.length} searches, ${pct(qs.reduce((a, q) => a + q.weight, 0))}; e.g. \`${qs[0]?.path ?? ''}\``);
  }
  lines.push('');
  for (const r of results) {
    lines.push(`### ${r.path.toUpperCase()} path${r === head ? ' (the default)' : ''}, search cache off`, '');
    lines.push('| run | API ok req/s | p50 ms | p95 ms | p99 ms | non-2xx / errors | pgbench tps | API / pgbench |', '|---|---|---|---|---|---|---|---|');
    lines.push(loadRow('mix, closed loop', r.api.mix, r.pgbench.mix));
    lines.push(loadRow('one-word broad only', r.api.broad, r.pgbench.broad));
    lines.push(loadRow('selective (title + city) only', r.api.selective, r.pgbench.selective));
    lines.push(loadRow(`mix, open loop ${o.rate} req/s offered`, r.api.open));
    if (r.api.cacheOn) lines.push(loadRow('mix, closed loop, cache ON', r.api.cacheOn));
    if (r.api.suggest) lines.push(loadRow(`suggestions (GET /api/jobs/suggest), open loop ${SUGGEST_RATE} req/s`, r.api.suggest));
    lines.push('');
    lines.push('Per class, in the closed-loop mix (p50 / p95 ms): ' + Object.entries(r.api.mix.byClass).map(([c, v]) => `${c} ${fmt(v.p50)} / ${fmt(v.p95)}`).join('; '));
    lines.push(`Statements per request (captured): ${[...new Set(r.capture.map((c) => c.statements))].sort().join(', ')}; statuses during capture: ${[...new Set(r.capture.map((c) => c.status))].join(', ')}.`);
    for (const kind of ['broad', 'selective'] as const) {
      const e = r.explain[kind];
      lines.push(`EXPLAIN ${kind} \`${e.query}\`: ${e.statements.map((s) => `${fmt(s.ms)} ms, buffers ${s.buffers}`).join(' + ')} (full plan: ${e.file})`);
    }
    lines.push('');
  }
  const criteria = head
    ? [
        {
          criterion: 'One-word broad searches reach ≥ 50 % of the throughput of selective searches (API, cache off)',
          measured: `${fmt(head.api.broad.okRps)} vs ${fmt(head.api.selective.okRps)} req/s = ${pct(head.api.broad.okRps / head.api.selective.okRps)}`,
          pass: head.api.broad.okRps >= 0.5 * head.api.selective.okRps,
        },
        {
          criterion: 'The API keeps ≥ 70 % of bare-SQL throughput on the mix',
          measured: `${fmt(head.api.mix.okRps)} req/s vs pgbench ${fmt(head.pgbench.mix.tps)} tps = ${pct(head.api.mix.okRps / head.pgbench.mix.tps)}`,
          pass: head.api.mix.okRps >= 0.7 * head.pgbench.mix.tps,
        },
        {
          criterion: `At ${o.rate} requests/s offered, the mix has p95 ≤ 50 ms and no errors`,
          measured: `p50 ${fmt(head.api.open.p50)} / p95 ${fmt(head.api.open.p95)} / p99 ${fmt(head.api.open.p99)} ms; non-2xx/errors ${statusText(head.api.open)}`,
          pass: head.api.open.p95 <= 50 && bad(head.api.open) === 0,
        },
      ]
    : [];
  lines.push(`### Done when (issue #13), ${head?.path.toUpperCase() ?? ''} path${o.jobs === 200_000 && !o.quick ? '' : ` — NOTE: ${o.jobs.toLocaleString('en-US')} jobs, not the 200,000 the criteria name`}`, '');
  lines.push('| criterion | measured | result |', '|---|---|---|');
  for (const c of criteria) lines.push(`| ${c.criterion} | ${c.measured} | ${c.pass ? 'PASS' : 'FAIL'} |`);
  for (const r of results.slice(1)) {
    lines.push(
      `| (${r.path} path, for the record) broad/selective; API/pgbench; open-loop p95 | ${pct(r.api.broad.okRps / r.api.selective.okRps)}; ${pct(r.api.mix.okRps / r.pgbench.mix.tps)}; ${fmt(r.api.open.p95)} ms, errors ${statusText(r.api.open)} | — |`,
    );
  }
  if (head?.api.suggest) {
    lines.push(`| Suggestions p95 ≤ 20 ms on the bench board | p50 ${fmt(head.api.suggest.p50)} / p95 ${fmt(head.api.suggest.p95)} ms at ${fmt(head.api.suggest.okRps)} req/s; non-2xx/errors ${statusText(head.api.suggest)} | ${head.api.suggest.p95 <= 20 && bad(head.api.suggest) === 0 ? 'PASS' : 'FAIL'} |`);
  }
  lines.push('| Readiness stays 200 under saturating load; overload answers 503 + Retry-After, never 500 | not measured here: `npm run bench:overload` and the health tests | — |');
  lines.push('| Postal-code search, counts, synonyms, suggestions tested; GIN fallback passes the same search tests | not measured here: the API test suites | — |');
  lines.push('| `bash .ci/run` is green on a clean clone | not measured here | — |');
  return { markdown: lines.join('\n'), criteria };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const loadStart = loadavg();
  const databaseUrl =
    process.env['BENCH_DATABASE_URL'] ?? `postgres://postgres@127.0.0.1:5432/${o.jobs === 200_000 ? 'nextstep_bench' : `nextstep_bench_${o.jobs}`}`;
  const cpu = cpus();
  const meta: Record<string, unknown> = {
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadStart: loadStart.map((x) => x.toFixed(2)).join(' '),
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim(),
    pgbench: await pgbenchVersion(),
    options: o,
  };
  console.log(`Machine: ${cpu.length} cores, load average ${String(meta['loadStart'])}. Options: ${JSON.stringify(o)}`);
  mkdirSync(OUT_DIR, { recursive: true });
  const companies = Math.max(60, Math.round(o.jobs / 400));
  meta['board'] = await prepareBoard(databaseUrl, o.jobs, companies);
  console.log(String(meta['board']));
  const versionClient = new Client({ connectionString: databaseUrl });
  await versionClient.connect();
  meta['postgres'] = ((await versionClient.query<{ v: string }>('SELECT version() AS v')).rows[0]?.v ?? '').split(' on ')[0];
  await versionClient.end();

  const postalCode = apiTakesPostalCode(ROOT);
  const mix = await buildMix(databaseUrl, { postalCode });
  const notes: string[] = [];
  if (!postalCode) notes.push('GET /api/jobs takes no postalCode yet (apps/api/src/jobs/dto/search-jobs.query.ts): the mix has no postal-code searches.');
  console.log(`\nThe mix: ${mix.length} distinct searches. The 12 most popular, then every 10th:`);
  for (const q of mix.filter((q, i) => i < 12 || i % 10 === 0)) console.log(`  #${String(q.rank).padStart(3)} ${(q.weight * 100).toFixed(2).padStart(5)} %  ${q.cls.padEnd(10)}  ${q.path}`);
  if (mix.length < 100) notes.push(`WARNING: only ${mix.length} distinct searches (the method asks for at least 100).`);

  const found = await indexPaths(databaseUrl);
  const paths = found.paths.filter((path) => o.paths.includes(path.name));
  const note = paths.length === found.paths.length ? found.note : `${found.note} This run measured the ${paths.map((path) => path.name).join(', ')} path only (--paths).`;
  notes.push(note);
  const results: PathResult[] = [];
  for (const [i, path] of paths.entries()) {
    const dropped = path.dropRum ? await rumIndexes(databaseUrl) : [];
    if (dropped.length) await sql(databaseUrl, dropped.map((d) => `DROP INDEX IF EXISTS "${d.name}"`));
    try {
      results.push(await measurePath(databaseUrl, path, mix, o, i === 0, (line) => console.log(line)));
      // A later path that fails must not take this one's numbers with it.
      const partial = report(meta, o, mix, results, notes, loadavg());
      console.log(`\n[${path.name}] done; summary so far:\n${partial.markdown}\n`);
    } finally {
      if (dropped.length) {
        console.log(`Recreating ${dropped.length} RUM index(es)...`);
        await sql(databaseUrl, [...dropped.map((d) => d.definition), 'ANALYZE jobs']);
      }
    }
  }
  for (const r of results) {
    console.log(`\n---- EXPLAIN (ANALYZE, BUFFERS), ${r.path} path, broad: GET ${r.explain.broad.query}\n${r.explain.broad.text}`);
    console.log(`\n---- EXPLAIN (ANALYZE, BUFFERS), ${r.path} path, selective: GET ${r.explain.selective.query}\n${r.explain.selective.text}`);
  }
  const loadEnd = loadavg();
  const { markdown, criteria } = report(meta, o, mix, results, notes, loadEnd);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const jsonFile = join(OUT_DIR, `results-${stamp}.json`);
  writeFileSync(jsonFile, JSON.stringify({ meta: { ...meta, loadEnd }, notes, mix, results, criteria }, null, 2));
  writeFileSync(join(OUT_DIR, `summary-${stamp}.md`), `${markdown}\n`);
  console.log(`\n${markdown}\n\nJSON: ${jsonFile}\nPlans and pgbench scripts: ${OUT_DIR}/<path>/`);
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});

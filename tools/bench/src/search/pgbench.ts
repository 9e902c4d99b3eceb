// The API's own statements, bare, in pgbench: the capture file is split into one statement set per request,
// the parameters are written in as literals, and one pgbench script per class picks a request by the mix's
// weights (\set + \if), running that request's whole statement set as one pgbench transaction.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { CapturedLine } from './capture-statements';

const run = promisify(execFile);

/** What one API request ran in Postgres, in order, with its parameters written in. */
export type StatementSet = string[];

/** Splits a capture file at the benchmark's markers: statements[i] are those the API ran for request i. */
export function statementsByRequest(captureFile: string, requests: number): StatementSet[] {
  const sets: StatementSet[] = Array.from({ length: requests }, () => []);
  let current = -1;
  for (const raw of readFileSync(captureFile, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as CapturedLine;
    if (line.marker !== undefined) current = line.marker;
    else if (current >= 0 && line.text !== undefined && !isHousekeeping(line.text)) sets[current]?.push(inline(line.text, line.params ?? []));
  }
  return sets;
}

/**
 * Liveness pings are not part of a search, and neither is the API shortening a connection's statement_timeout for a
 * search that waited (replayed in pgbench, which never waits, it would only cancel statements under load).
 */
function isHousekeeping(sql: string): boolean {
  return /^\s*select\s+1\s*;?\s*$/i.test(sql) || /^\s*select\s+set_config\('statement_timeout'/i.test(sql);
}

/**
 * `$n` placeholders outside quoted text become untyped literals ('text', or NULL). The driver sends
 * parameters untyped too, so Postgres resolves each literal from its context exactly as it resolved the
 * parameter, and plans the statement with the values, as it does an unnamed extended-protocol statement.
 */
export function inline(sql: string, params: Array<string | null>): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i] as string;
    if (ch === "'" || ch === '"') {
      const end = closingQuote(sql, i);
      out += sql.slice(i, end);
      i = end;
    } else if (ch === '$' && /\d/.test(sql[i + 1] ?? '') && !/[\w$]/.test(sql[i - 1] ?? '')) {
      let j = i + 1;
      while (/\d/.test(sql[j] ?? '')) j++;
      const index = Number(sql.slice(i + 1, j)) - 1;
      if (index < 0 || index >= params.length) throw new Error(`statement refers to $${index + 1} but has ${params.length} parameters`);
      const value = params[index];
      out += value === null || value === undefined ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function closingQuote(sql: string, start: number): number {
  const quote = sql[start];
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return i;
}

/**
 * One pgbench script: `\set pick random(1, total)` then an \if chain over the requests by cumulative
 * integer weight, each branch holding that request's statements. `-M simple` (see runPgbench) leaves
 * colons inside string literals (to_char masks like 'HH24:MI') alone, as no such variable exists.
 */
export function writeScript(path: string, entries: Array<{ weight: number; statements: StatementSet }>): void {
  const usable = entries.filter((e) => e.statements.length > 0);
  if (!usable.length) throw new Error(`no statements for ${path}`);
  const scaled = usable.map((e) => ({ ...e, ticket: Math.max(1, Math.round(e.weight * 100_000)) }));
  const total = scaled.reduce((sum, e) => sum + e.ticket, 0);
  const lines = [`\\set bench_pick random(1, ${total})`];
  let upTo = 0;
  scaled.forEach((e, index) => {
    upTo += e.ticket;
    lines.push(index === 0 ? `\\if :bench_pick <= ${upTo}` : index === scaled.length - 1 ? '\\else' : `\\elif :bench_pick <= ${upTo}`);
    // pgbench's lexer (psql's) reads a command over several lines up to its unquoted semicolon.
    for (const statement of e.statements) lines.push(`${statement.trim().replace(/;$/, '')};`);
  });
  if (scaled.length === 1) lines.splice(1, 1);
  else lines.push('\\endif');
  writeFileSync(path, `${lines.join('\n')}\n`);
}

export interface PgbenchOutcome {
  script: string;
  clients: number;
  seconds: number;
  /** Script runs (= API requests' worth of statements) per second. */
  tps: number;
  transactions: number;
  failed: number;
  latencyAvgMs: number;
}

export async function pgbenchVersion(): Promise<string> {
  const { stdout } = await run(PGBENCH, ['--version']);
  return stdout.trim();
}

const PGBENCH = '/usr/bin/pgbench';

export async function runPgbench(databaseUrl: string, script: string, clients: number, seconds: number): Promise<PgbenchOutcome> {
  const url = new URL(databaseUrl);
  const args = [
    '-n', // no vacuum of pgbench's own tables (there are none)
    '-M',
    'simple',
    '-c',
    String(clients),
    '-j',
    String(Math.min(clients, 2)),
    '-T',
    String(seconds),
    '-f',
    script,
    '-h',
    url.hostname,
    '-p',
    url.port || '5432',
    '-U',
    decodeURIComponent(url.username || 'postgres'),
    decodeURIComponent(url.pathname.slice(1)),
  ];
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(url.password), PGAPPNAME: 'nextstep-bench-pgbench' };
  const { stdout } = await run(PGBENCH, args, { env, maxBuffer: 16 * 1024 * 1024 });
  const number = (pattern: RegExp): number => Number(pattern.exec(stdout)?.[1] ?? Number.NaN);
  return {
    script,
    clients,
    seconds,
    tps: number(/tps = ([\d.]+)/),
    transactions: number(/number of transactions actually processed: (\d+)/),
    failed: number(/number of failed transactions: (\d+)/) || 0,
    latencyAvgMs: number(/latency average = ([\d.]+) ms/),
  };
}

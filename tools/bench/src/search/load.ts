// Load generators over keep-alive HTTP/1.1 (node:http; no extra package): a closed loop with a fixed
// number of connections, and an open loop that sends on a fixed schedule whatever the responses do and
// measures each latency from its scheduled send time (so a stall counts fully: no coordinated omission).
import { Agent, request } from 'node:http';
import { sampler, type MixQuery, type QueryClass } from './mix';

export interface LoadOutcome {
  name: string;
  mode: 'closed' | 'open';
  connections?: number;
  offeredRps?: number;
  seconds: number;
  requests: number;
  /** 2xx answers per second over the run. */
  okRps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Non-2xx answers by status, and transport errors / timeouts. */
  statuses: Record<string, number>;
  errors: number;
  /** p50/p95 per class, from the same run. */
  byClass: Partial<Record<QueryClass, { requests: number; p50: number; p95: number }>>;
}

const TIMEOUT_MS = 10_000;

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/**
 * One GET; resolves with the status (0 for a transport error or timeout). The deadline runs from the
 * call, so a request still waiting for a socket in the agent's queue times out too.
 */
function get(agent: Agent, base: URL, path: string): Promise<number> {
  return new Promise((resolveStatus) => {
    let settled = false;
    const done = (status: number): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolveStatus(status);
    };
    const req = request({ agent, host: base.hostname, port: base.port, path, method: 'GET' }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => done(res.statusCode ?? 0));
      res.on('error', () => done(0));
    });
    const timer = setTimeout(() => {
      done(0);
      req.destroy(new Error('timeout'));
    }, TIMEOUT_MS);
    req.on('error', () => done(0));
    req.end();
  });
}

class Recorder {
  readonly samples: Array<{ cls: QueryClass; ms: number }> = [];
  readonly statuses: Record<string, number> = {};
  errors = 0;
  ok = 0;

  record(q: MixQuery, status: number, ms: number): void {
    if (status >= 200 && status < 300) this.ok++;
    else if (status === 0) this.errors++;
    else this.statuses[String(status)] = (this.statuses[String(status)] ?? 0) + 1;
    this.samples.push({ cls: q.cls, ms });
  }

  outcome(base: Omit<LoadOutcome, 'requests' | 'okRps' | 'p50' | 'p95' | 'p99' | 'max' | 'statuses' | 'errors' | 'byClass'>): LoadOutcome {
    const all = this.samples.map((s) => s.ms).sort((a, b) => a - b);
    const byClass: LoadOutcome['byClass'] = {};
    for (const cls of new Set(this.samples.map((s) => s.cls))) {
      const mine = this.samples.filter((s) => s.cls === cls).map((s) => s.ms).sort((a, b) => a - b);
      byClass[cls] = { requests: mine.length, p50: round(percentile(mine, 50)), p95: round(percentile(mine, 95)) };
    }
    return {
      ...base,
      requests: all.length,
      okRps: Math.round((this.ok / base.seconds) * 10) / 10,
      p50: round(percentile(all, 50)),
      p95: round(percentile(all, 95)),
      p99: round(percentile(all, 99)),
      max: round(all[all.length - 1] ?? Number.NaN),
      statuses: this.statuses,
      errors: this.errors,
      byClass,
    };
  }
}

/** `connections` loops, each sending its next request when the previous answer arrives. */
export async function closedLoop(name: string, baseUrl: string, queries: MixQuery[], connections: number, seconds: number, seed = 1): Promise<LoadOutcome> {
  const base = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const pick = sampler(queries, seed);
  const recorder = new Recorder();
  const started = performance.now();
  const endAt = started + seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < endAt) {
      const q = pick();
      const sent = performance.now();
      const status = await get(agent, base, q.path);
      // Answers that arrive after the end are not counted, so req/s is over exactly `seconds`.
      if (performance.now() <= endAt) recorder.record(q, status, performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  agent.destroy();
  return recorder.outcome({ name, mode: 'closed', connections, seconds });
}

/**
 * Sends request k at start + k / rps, on a fresh or idle keep-alive socket (no cap), however slow the
 * answers are; latency is measured from the scheduled time. A request unanswered 10 s after it was sent
 * counts as an error.
 */
export async function openLoop(name: string, baseUrl: string, queries: MixQuery[], rps: number, seconds: number, seed = 2): Promise<LoadOutcome> {
  const base = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 1_000 });
  const pick = sampler(queries, seed);
  const recorder = new Recorder();
  const total = Math.round(rps * seconds);
  const started = performance.now();
  const pending: Array<Promise<void>> = [];
  let sent = 0;
  await new Promise<void>((done) => {
    const tick = (): void => {
      const now = performance.now();
      while (sent < total && started + (sent * 1000) / rps <= now) {
        const scheduled = started + (sent * 1000) / rps;
        const q = pick();
        pending.push(get(agent, base, q.path).then((status) => recorder.record(q, status, performance.now() - scheduled)));
        sent++;
      }
      if (sent >= total) done();
      else setTimeout(tick, Math.max(0, Math.min(5, started + (sent * 1000) / rps - performance.now())));
    };
    tick();
  });
  await Promise.all(pending);
  agent.destroy();
  return recorder.outcome({ name, mode: 'open', offeredRps: rps, seconds });
}

// Starts the real API (apps/api/src/main.ts through SWC) on a free port against the bench database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../../..');

/** A TCP port nobody listens on right now, for a child process to bind. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** What every API a benchmark starts runs with: production mode, a fresh secret, its port and database, local Redis. */
export function benchApiEnv(port: number, databaseUrl: string): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
  };
}

export interface RunningApi {
  base: string;
  /** Marks the start of request `index` in the capture file (capturing instances only). */
  mark(index: number): void;
  /** Stops capturing (the benchmark's load must not pay for it). */
  stopCapture(): void;
  stop(): Promise<void>;
}

/** `captureFile`: record the statements the API runs (see capture-statements.ts) until stopCapture(). */
export async function startApi(databaseUrl: string, env: Record<string, string>, captureFile?: string): Promise<RunningApi> {
  const port = await freePort();
  if (captureFile) writeFileSync(captureFile, '');
  const preload = captureFile ? ['-r', resolve(__dirname, 'capture-statements.ts')] : [];
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...preload, resolve(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...benchApiEnv(port, databaseUrl),
      REDIS_PREFIX: `{nextstep_bench_${port}}`,
      LOG_LEVEL: 'warn',
      // One load generator is one IP; the per-IP API limit would turn the run into 429s.
      RATE_LIMIT_API_PER_MINUTE: '1000000',
      ...(captureFile ? { BENCH_CAPTURE_FILE: captureFile } : {}),
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        return {
          base,
          mark: (index) => captureFile && appendFileSync(captureFile, `${JSON.stringify({ marker: index })}\n`),
          stopCapture: () => {
            if (!captureFile) return;
            child.kill('SIGUSR2');
            // Whatever the API still writes before it handles the signal falls after this marker, into no request.
            appendFileSync(captureFile, `${JSON.stringify({ marker: -1 })}\n`);
          },
          stop,
        };
      }
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  await stop();
  throw new Error('the API did not become healthy within 120 s');
}

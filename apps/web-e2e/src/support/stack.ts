import { dropDatabase, migrate, seedDemoDataIfEmpty } from '@nextstep/db';
import { startMailCatcher, type MailCatcher } from '@nextstep/mail';
import { deleteRedisKeys, newTestServices, testEnv, type TestServices } from '@nextstep/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const LOG_DIR = resolve(WORKSPACE_ROOT, 'tmp/web-e2e');
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium 13x+ preloads its address bar's drop-down as a WebUI page for every window, and a new browser context
  // is a new window: that renderer took about half of the suite's CPU (seen in ps) for a drop-down no test opens.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/** What the test files get (through vitest's provide/inject): addresses only, every process lives here. */
export interface E2eContext {
  baseUrl: string;
  mailboxUrl: string;
  browserWsEndpoint: string;
  databaseUrl: string;
}

export interface Stack {
  context: E2eContext;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => done(port));
    });
  });
}

function spawnBuilt(name: string, entry: string, env: Record<string, string>): ChildProcess {
  const path = resolve(WORKSPACE_ROOT, entry);
  if (!existsSync(path)) throw new Error(`${entry} is missing: build first (npx nx run web-e2e:test builds it, or npm run build)`);
  const child = spawn(process.execPath, ['--enable-source-maps', path], { cwd: WORKSPACE_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = createWriteStream(resolve(LOG_DIR, `${name}.log`));
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function waitForHealth(baseUrl: string, api: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the API exited (${api.exitCode}) before answering; see ${LOG_DIR}/api.log`);
    const healthy = await fetch(`${baseUrl}/api/health`)
      .then((res) => res.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((tick) => setTimeout(tick, 200));
  }
  throw new Error(`the API did not answer /api/health within ${timeoutMs} ms; see ${LOG_DIR}/api.log`);
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * The whole product as it runs in production: a throw-away database (migrated,
 * demo board seeded) and Redis prefix, an in-process SMTP server that records
 * every message, the built API (serving the built web app) and worker as child
 * processes, and a Chromium server the test files connect to. `stop()` (also
 * run when start-up fails half-way) ends the processes and drops the data.
 */
export async function startStack(): Promise<Stack> {
  await mkdir(LOG_DIR, { recursive: true });
  const cleanups: Array<() => Promise<unknown>> = [];
  const children: ChildProcess[] = [];
  // If the test runner itself is killed, do not leave an API listening behind.
  const killChildren = () => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
  process.once('exit', killChildren);

  const stop = async () => {
    process.off('exit', killChildren);
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error('e2e clean-up failed:', error));
  };

  try {
    const services: TestServices = newTestServices();
    cleanups.push(() => deleteRedisKeys(services.redisUrl, services.redisPrefix), () => dropDatabase(services.databaseUrl));
    await migrate(services.databaseUrl);
    // The demo board and its documented sign-ins (README), as `npm start` seeds them outside production.
    const seedOptions = { nodeEnv: 'test' as const };
    await seedDemoDataIfEmpty(services.databaseUrl, seedOptions);

    const mail: MailCatcher = await startMailCatcher({ smtpPort: 0, httpPort: 0, maxMessages: 1000 });
    cleanups.push(() => mail.close());

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      ...testEnv(services),
      // Not production: the API refuses to start there while the demo sign-ins (published passwords) exist.
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      JWT_SECRET: randomBytes(32).toString('hex'),
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_BASE_URL: baseUrl,
      WEB_DIST_DIR: resolve(WORKSPACE_ROOT, 'dist/apps/web'),
      SMTP_URL: mail.smtpUrl,
      // E-mails as soon as they are due, whatever the hour: tests wait on the mailbox, never on the clock.
      THANK_YOU_DELAY_MINUTES: '0',
      SEND_WINDOW: 'always',
    };
    const api = spawnBuilt('api', 'dist/apps/api/src/main.js', env);
    const worker = spawnBuilt('worker', 'dist/apps/worker/src/main.js', env);
    children.push(api, worker);
    cleanups.push(() => stopChild(api), () => stopChild(worker));
    await waitForHealth(baseUrl, api);

    const browser: BrowserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    cleanups.push(() => browser.close());

    return { context: { baseUrl, mailboxUrl: mail.webUrl, browserWsEndpoint: browser.wsEndpoint(), databaseUrl: services.databaseUrl }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

// What `npm start` (start.ts) and `npm run dev` (dev.ts) share: they prepare the database, catch e-mail locally
// when no mail server is configured, and run several node processes side by side, where one stopping on its own
// stops the rest (a half-running stack looks alive but fails in confusing ways) and Ctrl+C stops them all.
import { spawn, type ChildProcess } from 'node:child_process';
import { migrate, seedDemoDataIfEmpty } from '@nextstep/db';
import { startMailCatcher } from '@nextstep/mail';
import type { AppConfig } from '@nextstep/platform';

const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
let stopping = false;

/** Runs `node <args>`; if it exits while nothing is stopping, everything else is stopped too. */
export function runNode(name: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): ChildProcess {
  const child = spawn(process.execPath, args, { cwd, stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stopAll(code ?? 1);
  });
  children.push(child);
  return child;
}

/** Stops every process with SIGTERM, waits for them to exit, then closes the mail catcher and exits. */
export function stopAll(exitCode: number): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const exited = children.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : null));
  Promise.all(exited)
    .then(() => Promise.all(cleanups.map((cleanup) => cleanup())))
    .finally(() => process.exit(exitCode));
}

export function stopAllOnSignals(): void {
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
}

/**
 * Without SMTP_URL, starts the development mail catcher (SMTP 1025, web page 8025) and points `env` at it, so
 * every e-mail can be read in the browser. Returns the page's address, or null when a real mail server is set.
 */
export async function catchMailUnlessConfigured(env: NodeJS.ProcessEnv): Promise<string | null> {
  if (env['SMTP_URL']) return null;
  const catcher = await startMailCatcher({ smtpPort: 1025, httpPort: 8025, host: '127.0.0.1' });
  cleanups.push(() => catcher.close());
  env['SMTP_URL'] = catcher.smtpUrl;
  return catcher.webUrl;
}

/** Creates and migrates the database, then seeds the demo board when it is empty, saying what it did. */
export async function prepareDatabase(config: AppConfig): Promise<void> {
  const applied = await migrate(config.databaseUrl);
  console.log(applied.length ? `Database migrated (${applied.length} migration(s)).` : 'Database is up to date.');
  console.log((await seedDemoDataIfEmpty(config.databaseUrl, { appBaseUrl: config.appBaseUrl, nodeEnv: config.nodeEnv })).summary);
}

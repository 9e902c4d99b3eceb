// `npm start`: prepare the database, then run the API (which serves the built
// web app) and the worker side by side from dist/, printing where to go.
// Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { DEMO_ADMIN, DEMO_CANDIDATE, DEMO_RECRUITER_PASSWORD, migrate, seedDemoDataIfEmpty, seedsDemoUsers } from '@nextstep/db';
import { startMailCatcher } from '@nextstep/mail';
import { loadConfigOrExit } from '@nextstep/platform';

const distRoot = join(__dirname, '../..');

let stopping = false;
const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];

function run(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', join(distRoot, entry)], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stopAll(code ?? 1);
  });
  return child;
}

function stopAll(exitCode: number): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const exited = children.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : null));
  Promise.all(exited)
    .then(() => Promise.all(cleanups.map((cleanup) => cleanup())))
    .finally(() => process.exit(exitCode));
}

async function main(): Promise<void> {
  const env = { ...process.env };
  const lines: string[] = [];
  // Without a real mail server, catch every e-mail locally so it can be read in the browser.
  if (!env['SMTP_URL']) {
    const catcher = await startMailCatcher({ smtpPort: 1025, httpPort: 8025, host: '127.0.0.1' });
    cleanups.push(() => catcher.close());
    env['SMTP_URL'] = catcher.smtpUrl;
    lines.push(`  E-mails      ${catcher.webUrl}  (development mail catcher; set SMTP_URL to send for real)`);
  }
  const config = loadConfigOrExit(env);
  const applied = await migrate(config.databaseUrl);
  console.log(applied.length ? `Database migrated (${applied.length} migration(s)).` : 'Database is up to date.');
  console.log((await seedDemoDataIfEmpty(config.databaseUrl, { appBaseUrl: config.appBaseUrl, nodeEnv: config.nodeEnv })).summary);

  children.push(run('API', 'apps/api/src/main.js', env), run('Worker', 'apps/worker/src/main.js', env));
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  console.log(
    [
      '',
      'Nextstep is starting:',
      `  Web app      ${config.appBaseUrl}/  (open this in your browser)`,
      `  API          ${config.appBaseUrl}/api`,
      `  API docs     ${config.appBaseUrl}/api/docs`,
      `  Health       ${config.appBaseUrl}/api/health`,
      ...lines,
      // Production seeds no demo account (see seedsDemoUsers), so there are none to announce.
      ...(seedsDemoUsers(config)
        ? [
            '  Demo sign-ins (demo data only):',
            `    admin      ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
            `    recruiter  recruiter.<branch city>@nextstep.demo, e.g. recruiter.chicago@nextstep.demo / ${DEMO_RECRUITER_PASSWORD}`,
            `    candidate  ${DEMO_CANDIDATE.email} / ${DEMO_CANDIDATE.password}`,
          ]
        : ['  Sign in as the admin from ADMIN_EMAIL / ADMIN_PASSWORD.']),
      '  Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
});

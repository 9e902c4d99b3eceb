// `npm run dev`: the web app with hot reload (Vite on :5173, proxying /api to
// the API), and the API and worker from their TypeScript sources. E-mail
// links point at the Vite server. Ctrl+C stops everything.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DEMO_ADMIN, DEMO_CANDIDATE, migrate, seedDemoDataIfEmpty, seedsDemoUsers } from '@nextstep/db';
import { startMailCatcher } from '@nextstep/mail';
import { loadConfigOrExit } from '@nextstep/platform';

const root = resolve(__dirname, '../..');
const WEB_URL = 'http://localhost:5173';

const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
let stopping = false;

function run(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stopAll(code ?? 1);
  });
  children.push(child);
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
  const env: NodeJS.ProcessEnv = { APP_BASE_URL: WEB_URL, ...process.env };
  if (!env['SMTP_URL']) {
    const catcher = await startMailCatcher({ smtpPort: 1025, httpPort: 8025, host: '127.0.0.1' });
    cleanups.push(() => catcher.close());
    env['SMTP_URL'] = catcher.smtpUrl;
    console.log(`E-mails are caught at ${catcher.webUrl}`);
  }
  const config = loadConfigOrExit(env);
  await migrate(config.databaseUrl);
  console.log((await seedDemoDataIfEmpty(config.databaseUrl, { appBaseUrl: config.appBaseUrl, nodeEnv: config.nodeEnv })).summary);

  const fromSource = ['-r', '@swc-node/register'];
  run('API', [...fromSource, join(root, 'apps/api/src/main.ts')], env);
  run('Worker', [...fromSource, join(root, 'apps/worker/src/main.ts')], env);
  run('Vite', [join(root, 'node_modules/vite/bin/vite.js'), '--config', join(root, 'apps/web/vite.config.mts'), '--port', '5173', '--strictPort'], {
    ...env,
    DEV_API_URL: `http://localhost:${config.port}`,
  });
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  console.log(
    [
      '',
      `Web app (hot reload)  ${WEB_URL}/`,
      `API                   http://localhost:${config.port}/api (docs at /api/docs)`,
      ...(seedsDemoUsers(config) ? [`Sign in as ${DEMO_CANDIDATE.email} / ${DEMO_CANDIDATE.password}, or ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`] : []),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`Dev start failed: ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
});

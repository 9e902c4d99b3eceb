// `npm start`: prepare the database, then run the API and the worker side by
// side from dist/, printing where to go. Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { migrate, seedDemoDataIfEmpty } from '@nextstep/db';
import { loadConfigOrExit } from '@nextstep/platform';

const distRoot = join(__dirname, '../..');

function run(name: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', join(distRoot, entry)], { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest.`);
    stopAll(code ?? 1);
  });
  return child;
}

let stopping = false;
const children: ChildProcess[] = [];
function stopAll(exitCode: number): void {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  Promise.all(children.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : null))).then(() =>
    process.exit(exitCode),
  );
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const applied = await migrate(config.databaseUrl);
  console.log(applied.length ? `Database migrated (${applied.length} migration(s)).` : 'Database is up to date.');
  console.log((await seedDemoDataIfEmpty(config.databaseUrl)).summary);

  children.push(run('API', 'apps/api/src/main.js'), run('Worker', 'apps/worker/src/main.js'));
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  console.log(
    [
      '',
      'Nextstep is starting:',
      `  API          ${config.appBaseUrl}/api`,
      `  API docs     ${config.appBaseUrl}/api/docs`,
      `  Health       ${config.appBaseUrl}/api/health`,
      '  Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`Start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

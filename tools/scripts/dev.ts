// `npm run dev`: the web app with hot reload (Vite on :5173, proxying /api to
// the API), and the API and worker from their TypeScript sources. E-mail
// links point at the Vite server. Ctrl+C stops everything.
import { join, resolve } from 'node:path';
import { DEMO_ADMIN, DEMO_CANDIDATE, seedsDemoUsers } from '@nextstep/db';
import { loadConfigOrExit } from '@nextstep/platform';
import { catchMailUnlessConfigured, prepareDatabase, runNode, stopAll, stopAllOnSignals } from './processes';

const root = resolve(__dirname, '../..');
const WEB_URL = 'http://localhost:5173';

async function main(): Promise<void> {
  const env: NodeJS.ProcessEnv = { APP_BASE_URL: WEB_URL, ...process.env };
  const mailPage = await catchMailUnlessConfigured(env);
  if (mailPage) console.log(`E-mails are caught at ${mailPage}`);
  const config = loadConfigOrExit(env);
  await prepareDatabase(config);

  const fromSource = ['-r', '@swc-node/register'];
  runNode('API', [...fromSource, join(root, 'apps/api/src/main.ts')], env, root);
  runNode('Worker', [...fromSource, join(root, 'apps/worker/src/main.ts')], env, root);
  const vite = [join(root, 'node_modules/vite/bin/vite.js'), '--config', join(root, 'apps/web/vite.config.mts'), '--port', '5173', '--strictPort'];
  runNode('Vite', vite, { ...env, DEV_API_URL: `http://localhost:${config.port}` }, root);
  stopAllOnSignals();
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

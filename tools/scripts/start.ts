// `npm start`: prepare the database, then run the API (which serves the built
// web app) and the worker side by side from dist/, printing where to go.
// Ctrl+C stops both.
import { join } from 'node:path';
import { DEMO_ADMIN, DEMO_CANDIDATE, DEMO_RECRUITER_PASSWORD, seedsDemoUsers } from '@nextstep/db';
import { loadConfigOrExit } from '@nextstep/platform';
import { catchMailUnlessConfigured, prepareDatabase, runNode, stopAll, stopAllOnSignals } from './processes';

const distRoot = join(__dirname, '../..');

async function main(): Promise<void> {
  const env = { ...process.env };
  const mailPage = await catchMailUnlessConfigured(env);
  const lines = mailPage ? [`  E-mails      ${mailPage}  (development mail catcher; set SMTP_URL to send for real)`] : [];
  const config = loadConfigOrExit(env);
  await prepareDatabase(config);

  for (const [name, entry] of [['API', 'apps/api/src/main.js'], ['Worker', 'apps/worker/src/main.js']] as const) {
    runNode(name, ['--enable-source-maps', join(distRoot, entry)], env);
  }
  stopAllOnSignals();

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

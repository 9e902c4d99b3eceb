import { loadConfigOrExit } from '@nextstep/platform';
import { SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { migrate } from '../migrate';
import { seedDemoDataIfEmpty } from '../seed/seed';

// `npm run db:seed` — demo data when the database is empty (migrating it first).
// `npm run db:seed -- --jobs 200000 [--companies 500]` — a large board for benchmarks.
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { jobs: { type: 'string' }, companies: { type: 'string' } } });
  const jobs = wholeNumber('--jobs', values.jobs, 1_500);
  const companies = wholeNumber('--companies', values.companies, jobs > 10_000 ? 500 : 60);
  const config = loadConfigOrExit();
  await migrate(config.databaseUrl);

  const bar = new SingleBar({
    format: 'Seeding jobs [{bar}] {percentage}% | {value}/{total} | {duration}s',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5_000,
  });
  let started = false;
  const startedAt = Date.now();
  const result = await seedDemoDataIfEmpty(config.databaseUrl, {
    jobs,
    companies,
    appBaseUrl: config.appBaseUrl,
    nodeEnv: config.nodeEnv,
    onProgress: (done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    },
  });
  if (started) bar.stop();
  console.log(result.summary);
  if (result.seeded) console.log(`Took ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
}

function wholeNumber(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 5_000_000) throw new Error(`${flag} must be a whole number from 0 to 5000000 (got "${raw}")`);
  return n;
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

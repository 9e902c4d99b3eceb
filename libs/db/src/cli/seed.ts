import { loadConfigOrExit } from '@nextstep/platform';
import { seedDemoDataIfEmpty } from '../seed/seed';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const result = await seedDemoDataIfEmpty(config.databaseUrl);
  console.log(result.summary);
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

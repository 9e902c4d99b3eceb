import { loadConfigOrExit } from '@nextstep/platform';
import { migrate } from '../migrate';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const applied = await migrate(config.databaseUrl);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.');
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

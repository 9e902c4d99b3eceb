// The bench board: migrated, seeded once through @nextstep/db's seed, and reused while its fingerprint
// (job and company counts, and the text of the seed's source files) still matches. A changed generator
// (libs/db/src/seed/*.ts) or size rebuilds it from scratch.
import { SingleBar } from 'cli-progress';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase, migrate, seedDemoDataIfEmpty } from '@nextstep/db';

const SEED_DIR = resolve(__dirname, '../../../../libs/db/src/seed');

export function boardFingerprint(jobs: number, companies: number): string {
  const hash = createHash('sha256').update(`jobs=${jobs};companies=${companies}`);
  for (const name of readdirSync(SEED_DIR).filter((n) => n.endsWith('.ts') && !n.endsWith('.spec.ts')).sort()) {
    hash.update(name).update(readFileSync(join(SEED_DIR, name)));
  }
  return `nextstep-bench-board:${hash.digest('hex').slice(0, 16)}`;
}

async function storedFingerprint(databaseUrl: string): Promise<string | null> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [name],
    );
    return rows[0]?.comment ?? null;
  } finally {
    await client.end();
  }
}

/** Returns a line saying whether the board was built or reused, and how long it took. */
export async function prepareBoard(databaseUrl: string, jobs: number, companies: number): Promise<string> {
  const started = Date.now();
  const fingerprint = boardFingerprint(jobs, companies);
  const stored = await storedFingerprint(databaseUrl);
  if (stored !== fingerprint) {
    await dropDatabase(databaseUrl);
    await ensureDatabase(databaseUrl);
  }
  // Pending migrations (a new index, say) apply to a reused board too.
  await migrate(databaseUrl);
  let built = false;
  if (stored !== fingerprint) {
    const bar = new SingleBar({
      format: 'Seeding bench board [{bar}] {percentage}% | {value}/{total} jobs | {duration}s',
      noTTYOutput: true,
      notTTYSchedule: 10_000,
    });
    let barStarted = false;
    await seedDemoDataIfEmpty(databaseUrl, {
      jobs,
      companies,
      onProgress: (done, total) => {
        if (!barStarted) bar.start(total, 0);
        barStarted = true;
        bar.update(done);
      },
    });
    if (barStarted) bar.stop();
    built = true;
  }
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('VACUUM ANALYZE jobs');
    if (built) await client.query(`COMMENT ON DATABASE "${new URL(databaseUrl).pathname.slice(1)}" IS '${fingerprint}'`);
    const { rows } = await client.query<{ n: number; open: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'open')::int AS open FROM jobs`,
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    return `${built ? 'Built' : 'Reused'} the bench board ${new URL(databaseUrl).pathname.slice(1)}: ${rows[0]?.n ?? 0} jobs (${rows[0]?.open ?? 0} open), ${seconds} s.`;
  } finally {
    await client.end();
  }
}

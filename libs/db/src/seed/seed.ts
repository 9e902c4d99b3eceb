/** Outcome of `npm run db:seed`, printed by the CLI and the start script. */
export interface SeedResult {
  seeded: boolean;
  summary: string;
}

/**
 * Loads the demo data set when the database holds none.
 * The job board brings the data; until then there is nothing to load.
 */
export async function seedDemoDataIfEmpty(_databaseUrl: string): Promise<SeedResult> {
  return { seeded: false, summary: 'Nothing to seed yet: the demo data arrives with the job board.' };
}

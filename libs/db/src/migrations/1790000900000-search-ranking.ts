import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The API looks for this index by name (apps/api/src/jobs/search-index.ts). */
const JOB_SEARCH_RUM_INDEX = 'jobs_search_rum_idx';

/**
 * Search ranking from an index. With the `rum` extension (Debian/PGDG package
 * postgresql-15-rum), jobs_search_rum_idx indexes search_vector with
 * posted_at attached, so "matches of q, newest first" comes out of the index
 * in order and a page reads about its own rows, not every match (GIN can only
 * say which rows match; the order then needs all of them).
 *
 * Without the extension (or without the right to create it) the migration
 * keeps the GIN index only and the API ranks in memory: `npm start` works on
 * any Postgres 15+. Running it again after installing the package does
 * nothing, so to switch an existing database to RUM, create the extension and
 * the index by hand with the statements below (or revert and re-run this
 * migration).
 */
export class SearchRanking1790000900000 implements MigrationInterface {
  name = 'SearchRanking1790000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const available = await queryRunner.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'rum'`);
    if (!available.length) return;
    // The package can be installed while this role may not create extensions (managed services with an allow-list):
    // a savepoint keeps the migration's transaction usable, and the API falls back to GIN.
    await queryRunner.query('SAVEPOINT search_ranking_rum');
    try {
      await queryRunner.query('CREATE EXTENSION IF NOT EXISTS rum');
    } catch {
      await queryRunner.query('ROLLBACK TO SAVEPOINT search_ranking_rum');
      return;
    }
    await queryRunner.query('RELEASE SAVEPOINT search_ranking_rum');
    // Open jobs only, like the GIN index: the board never searches the others. order_by_attach keeps each posting
    // list sorted by posted_at, so an ordered scan need not sort every match first (measured on 200,000 jobs: 145 MB
    // without, 316 MB with; "nurse" page 60 ms -> 22 ms).
    await queryRunner.query(
      `CREATE INDEX "${JOB_SEARCH_RUM_INDEX}" ON "jobs" USING rum ("search_vector" rum_tsvector_addon_ops, "posted_at")
         WITH (attach = 'posted_at', to = 'search_vector', order_by_attach = 't') WHERE status = 'open'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "${JOB_SEARCH_RUM_INDEX}"`);
    // Other objects may use rum by now; then the extension stays.
    await queryRunner.query('SAVEPOINT search_ranking_rum');
    try {
      await queryRunner.query('DROP EXTENSION IF EXISTS rum');
      await queryRunner.query('RELEASE SAVEPOINT search_ranking_rum');
    } catch {
      await queryRunner.query('ROLLBACK TO SAVEPOINT search_ranking_rum');
    }
  }
}

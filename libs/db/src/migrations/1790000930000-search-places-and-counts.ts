import type { MigrationInterface, QueryRunner } from 'typeorm';

/** As at this migration (the enum job_employment_type of 1790000000000). */
const EMPLOYMENT_TYPES = ['temporary', 'temp_to_hire', 'direct_hire'] as const;

/** The search vector as migration 1790000000000 created it (kept here so `down` restores exactly that). */
const VECTOR_BEFORE =
  "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || " +
  "setweight(to_tsvector('english'::regconfig, jobs_skills_text(skills)), 'B') || " +
  "setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')";

/** Title A, skills B, description C, and now the place (city and region) D. Equal to JOB_SEARCH_VECTOR_SQL at this migration. */
const VECTOR_AFTER = `${VECTOR_BEFORE} || setweight(to_tsvector('english'::regconfig, coalesce(city, '') || ' ' || coalesce(region, '')), 'D')`;

const RUM_INDEX = `CREATE INDEX "jobs_search_rum_idx" ON "jobs" USING rum ("search_vector" rum_tsvector_addon_ops, "posted_at")
  WITH (attach = 'posted_at', to = 'search_vector', order_by_attach = 't') WHERE status = 'open'`;

/**
 * Two changes the job search needed on a 200,000-job board:
 *
 * - **The place is searchable.** "forklift elk grove village" could only find
 *   jobs whose description named the town, so the index handed the search every
 *   forklift job to reject one by one (95 ms). City and region join the vector at
 *   weight D; the ranking treats D like the title, so a place word never pushes a
 *   job down a tier.
 * - **Counts from a third of the index.** The per-type counts ("1,000+
 *   temporary, 412 direct hire") scanned the whole vector index for every
 *   type and filtered by type on each row. One partial GIN index per
 *   employment type (jobs_search_<type>_idx) hands each count only its own
 *   type's matches. The closing date (it depends on now() and cannot be in an
 *   index predicate) is handled by counting the few open jobs past it apart,
 *   from jobs_open_closes_at_idx.
 *
 * The vector is a generated column, so it is dropped and added again (its
 * indexes with it) and the GIN and RUM indexes are rebuilt: on 200,000 jobs
 * about a minute, holding the table's lock.
 */
export class SearchPlacesAndCounts1790000930000 implements MigrationInterface {
  name = 'SearchPlacesAndCounts1790000930000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.replaceVector(queryRunner, VECTOR_AFTER);
    await queryRunner.query(`CREATE INDEX "jobs_search_vector_idx" ON "jobs" USING GIN ("search_vector") WHERE status = 'open'`);
    for (const type of EMPLOYMENT_TYPES) {
      await queryRunner.query(
        `CREATE INDEX "jobs_search_${type}_idx" ON "jobs" USING GIN ("search_vector") WHERE status = 'open' AND employment_type = '${type}'`,
      );
    }
    if (await this.hasRum(queryRunner)) await queryRunner.query(RUM_INDEX);
    await queryRunner.query(
      `CREATE INDEX "jobs_open_closes_at_idx" ON "jobs" ("closes_at") WHERE status = 'open' AND closes_at IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "jobs_open_closes_at_idx"`);
    // Dropping the column drops the per-type indexes too.
    await this.replaceVector(queryRunner, VECTOR_BEFORE);
    await queryRunner.query(`CREATE INDEX "jobs_search_vector_idx" ON "jobs" USING GIN ("search_vector") WHERE status = 'open'`);
    if (await this.hasRum(queryRunner)) await queryRunner.query(RUM_INDEX);
  }

  private async hasRum(queryRunner: QueryRunner): Promise<boolean> {
    const rows: unknown[] = await queryRunner.query(`SELECT 1 FROM pg_extension WHERE extname = 'rum'`);
    return rows.length > 0;
  }

  /** Dropping the generated column drops every index on it (vector, per-type, RUM) with it. */
  private async replaceVector(queryRunner: QueryRunner, expression: string): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jobs" DROP COLUMN "search_vector"`);
    await queryRunner.query(`ALTER TABLE "jobs" ADD "search_vector" tsvector GENERATED ALWAYS AS (${expression}) STORED NOT NULL`);
    await queryRunner.query(
      `UPDATE "typeorm_metadata" SET "value" = $1 WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'jobs' AND "name" = 'search_vector' AND "database" = current_database() AND "schema" = current_schema()`,
      [expression],
    );
  }
}

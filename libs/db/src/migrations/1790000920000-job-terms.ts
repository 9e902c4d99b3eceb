import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * job_terms: the distinct titles, skills and title words of open jobs, with
 * how many open jobs carry each. Suggestions as a person types and "did you
 * mean" read this small table (a few thousand rows) instead of 200,000 jobs.
 *
 * Statement-level triggers with transition tables keep it exact inside the
 * writing transaction: one grouped upsert per statement, so a 2,000-row batch
 * insert costs one upsert, not 2,000. Rows are upserted in (kind, term) order,
 * so concurrent writers lock them in the same order and cannot deadlock.
 * Jobs whose closing date passes without a write stay counted until their next
 * update; suggestions are a hint, the search itself filters them out.
 */
export class JobTerms1790000920000 implements MigrationInterface {
  name = 'JobTerms1790000920000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "job_terms" ("kind" character varying(5) NOT NULL, "term" character varying(200) NOT NULL, "open_jobs" integer NOT NULL, CONSTRAINT "job_terms_kind_check" CHECK ("kind" IN ('title', 'skill', 'word')), CONSTRAINT "PK_job_terms" PRIMARY KEY ("kind", "term"))`,
    );
    await queryRunner.query(`CREATE INDEX "job_terms_term_trgm_idx" ON "job_terms" USING GIN ("term" gin_trgm_ops)`);
    await queryRunner.query(`CREATE FUNCTION job_terms_of(title text, skills text[]) RETURNS TABLE(kind text, term text)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT 'title', left(btrim(title), 200) WHERE btrim(title) <> ''
        UNION SELECT 'skill', left(btrim(s), 200) FROM unnest(skills) s WHERE btrim(s) <> ''
        UNION SELECT 'word', w FROM regexp_split_to_table(lower(title), '[^[:alnum:]]+') w WHERE length(w) BETWEEN 3 AND 40
      $$`);
    await queryRunner.query(`CREATE FUNCTION job_terms_add(changes jsonb) RETURNS void LANGUAGE sql AS $$
        INSERT INTO job_terms (kind, term, open_jobs)
        SELECT c.kind, c.term, c.delta FROM jsonb_to_recordset(changes) AS c(kind text, term text, delta int)
        WHERE c.delta <> 0 ORDER BY c.kind, c.term
        ON CONFLICT (kind, term) DO UPDATE SET open_jobs = job_terms.open_jobs + EXCLUDED.open_jobs;
        DELETE FROM job_terms WHERE open_jobs <= 0;
      $$`);
    await queryRunner.query(`CREATE FUNCTION job_terms_after_write() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE changes jsonb;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT jsonb_agg(x) INTO changes FROM (SELECT t.kind, t.term, count(*)::int AS delta FROM new_rows n
            CROSS JOIN LATERAL job_terms_of(n.title, n.skills) t WHERE n.status = 'open' GROUP BY t.kind, t.term) x;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT jsonb_agg(x) INTO changes FROM (SELECT t.kind, t.term, -count(*)::int AS delta FROM old_rows o
            CROSS JOIN LATERAL job_terms_of(o.title, o.skills) t WHERE o.status = 'open' GROUP BY t.kind, t.term) x;
        ELSE
          SELECT jsonb_agg(x) INTO changes FROM (SELECT t.kind, t.term, sum(d.delta)::int AS delta FROM (
              SELECT n.title, n.skills, 1 AS delta FROM new_rows n WHERE n.status = 'open'
              UNION ALL SELECT o.title, o.skills, -1 FROM old_rows o WHERE o.status = 'open') d
            CROSS JOIN LATERAL job_terms_of(d.title, d.skills) t GROUP BY t.kind, t.term) x;
        END IF;
        IF changes IS NOT NULL THEN PERFORM job_terms_add(changes); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "job_terms_after_insert" AFTER INSERT ON "jobs" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_terms_after_write()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "job_terms_after_update" AFTER UPDATE ON "jobs" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION job_terms_after_write()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "job_terms_after_delete" AFTER DELETE ON "jobs" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION job_terms_after_write()`,
    );
    await queryRunner.query(`CREATE FUNCTION job_terms_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM job_terms; RETURN NULL; END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "job_terms_after_truncate" AFTER TRUNCATE ON "jobs" FOR EACH STATEMENT EXECUTE FUNCTION job_terms_after_truncate()`,
    );
    await queryRunner.query(`INSERT INTO job_terms (kind, term, open_jobs)
      SELECT t.kind, t.term, count(*) FROM jobs j CROSS JOIN LATERAL job_terms_of(j.title, j.skills) t
      WHERE j.status = 'open' GROUP BY t.kind, t.term`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['job_terms_after_insert', 'job_terms_after_update', 'job_terms_after_delete', 'job_terms_after_truncate']) {
      await queryRunner.query(`DROP TRIGGER "${trigger}" ON "jobs"`);
    }
    await queryRunner.query(`DROP FUNCTION job_terms_after_truncate()`);
    await queryRunner.query(`DROP FUNCTION job_terms_after_write()`);
    await queryRunner.query(`DROP FUNCTION job_terms_add(jsonb)`);
    await queryRunner.query(`DROP FUNCTION job_terms_of(text, text[])`);
    await queryRunner.query(`DROP TABLE "job_terms"`);
  }
}

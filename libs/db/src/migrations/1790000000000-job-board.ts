import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_PAY_MAX_ANNUAL_SQL } from '../entities/job.entity';

/** The vector this migration creates (migration 1790000930000 later adds the place at weight D). */
const SEARCH_VECTOR_SQL =
  "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || " +
  "setweight(to_tsvector('english'::regconfig, jobs_skills_text(skills)), 'B') || " +
  "setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')";

/**
 * Branches, client companies and jobs, with the indexes of the public job
 * search. The table DDL is what TypeORM generates for the entities; the
 * indexes are hand-written (partial on `status = 'open'`, descending keyset
 * orders, GIN, expression) and marked `synchronize: false` on the entities.
 */
export class JobBoard1790000000000 implements MigrationInterface {
  name = 'JobBoard1790000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // array_to_string is only STABLE; a generated column needs IMMUTABLE. Joining text[] with a space is immutable in fact.
    await queryRunner.query(
      `CREATE FUNCTION jobs_skills_text(skills text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(skills, ' ') $$`,
    );
    // TypeORM keeps the expression of generated columns here to compare it with the entity.
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`,
    );
    await queryRunner.query(
      `CREATE TABLE "branches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "address_line" character varying(200) NOT NULL, "city" character varying(100) NOT NULL, "region" character varying(100) NOT NULL, "postal_code" character varying(20) NOT NULL, "phone" character varying(40) NOT NULL, "email" character varying(200) NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "time_zone" character varying(64) NOT NULL, "opening_hours" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "branches_coordinates_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180), CONSTRAINT "PK_7f37d3b42defea97f1df0d19535" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "companies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(160) NOT NULL, "website" character varying(300), "industry" character varying(100) NOT NULL, "mission" text NOT NULL, "values" text array NOT NULL DEFAULT '{}', "goals" text NOT NULL, "operations" text NOT NULL, "confidential" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d4bc3e82a314fa9e29f652c2c22" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."job_employment_type" AS ENUM('temporary', 'temp_to_hire', 'direct_hire')`);
    await queryRunner.query(`CREATE TYPE "public"."job_pay_period" AS ENUM('hour', 'year')`);
    await queryRunner.query(`CREATE TYPE "public"."job_status" AS ENUM('draft', 'open', 'closed', 'filled')`);
    await queryRunner.query(
      `CREATE TABLE "jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL, "employment_type" "public"."job_employment_type" NOT NULL, "skills" text array NOT NULL DEFAULT '{}', "city" character varying(100) NOT NULL, "region" character varying(100) NOT NULL, "postal_code" character varying(20) NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "pay_min_cents" integer NOT NULL, "pay_max_cents" integer NOT NULL, "pay_period" "public"."job_pay_period" NOT NULL, "status" "public"."job_status" NOT NULL DEFAULT 'draft', "branch_id" uuid NOT NULL, "company_id" uuid NOT NULL, "posted_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "updated_by_id" uuid, "search_vector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, jobs_skills_text(skills)), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "jobs_open_posted_check" CHECK ("status" <> 'open' OR "posted_at" IS NOT NULL), CONSTRAINT "jobs_coordinates_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180), CONSTRAINT "jobs_pay_range_check" CHECK ("pay_min_cents" >= 0 AND "pay_min_cents" <= "pay_max_cents"), CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "FK_de9e78d704fc6fe79248ec3c8c1" FOREIGN KEY ("branch_id") REFERENCES "branches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jobs" ADD CONSTRAINT "FK_087a773c50525e348e26188e7cc" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'jobs', 'GENERATED_COLUMN', 'search_vector', $1)`,
      [SEARCH_VECTOR_SQL],
    );

    await queryRunner.query(`CREATE INDEX "branches_postal_code_idx" ON "branches" ("postal_code")`);
    // Full text: only open jobs are ever searched, so the GIN index holds only them.
    await queryRunner.query(`CREATE INDEX "jobs_search_vector_idx" ON "jobs" USING GIN ("search_vector") WHERE status = 'open'`);
    // Keyset order of the board (posted_at DESC, id DESC), alone and behind the equality filters.
    await queryRunner.query(`CREATE INDEX "jobs_open_posted_idx" ON "jobs" ("posted_at" DESC, "id" DESC) WHERE status = 'open'`);
    await queryRunner.query(
      `CREATE INDEX "jobs_open_branch_posted_idx" ON "jobs" ("branch_id", "posted_at" DESC, "id" DESC) WHERE status = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "jobs_open_type_posted_idx" ON "jobs" ("employment_type", "posted_at" DESC, "id" DESC) WHERE status = 'open'`,
    );
    await queryRunner.query(`CREATE INDEX "jobs_open_pay_annual_idx" ON "jobs" (${JOB_PAY_MAX_ANNUAL_SQL}) WHERE status = 'open'`);
    // Bounding-box prefilter of the radius search; the exact great-circle distance is computed on what it leaves.
    await queryRunner.query(`CREATE INDEX "jobs_open_lat_lng_idx" ON "jobs" ("latitude", "longitude") WHERE status = 'open'`);
    await queryRunner.query(`CREATE INDEX "jobs_company_id_idx" ON "jobs" ("company_id")`);
    await queryRunner.query(`CREATE INDEX "jobs_postal_code_idx" ON "jobs" ("postal_code")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "jobs"`);
    await queryRunner.query(`DROP TABLE "companies"`);
    await queryRunner.query(`DROP TABLE "branches"`);
    await queryRunner.query(`DROP TYPE "public"."job_status"`);
    await queryRunner.query(`DROP TYPE "public"."job_pay_period"`);
    await queryRunner.query(`DROP TYPE "public"."job_employment_type"`);
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'jobs' AND "name" = 'search_vector' AND "database" = current_database()`,
    );
    await queryRunner.query(`DROP FUNCTION jobs_skills_text(text[])`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { JOB_ALERT_QUERY_SQL } from '../entities/job-alert.entity';

/**
 * Job alerts: saved searches that e-mail new matching jobs.
 *
 * - `job_alerts` holds the criteria as columns (so the worker matches in SQL),
 *   the stored tsquery of `q` (a generated column, the same
 *   `websearch_to_tsquery('english', …)` as the search), and `match_tokens`,
 *   the worker's inverted-index terms: a job can only match an alert that
 *   shares at least one token with it (GIN index below).
 * - `job_alert_matches` records each (alert, job) pair once: its primary key
 *   is why an alert never lists the same job twice. `scheduled_email_id` ties
 *   a match to the one e-mail that lists it.
 * - `scheduled_emails` rows may now belong to an alert instead of an
 *   application (and have no user, for guests).
 * - A user's alerts follow their time zone and disappear with their erasure
 *   (a trigger, so no code path can forget it).
 */
export class JobAlerts1790000700000 implements MigrationInterface {
  name = 'JobAlerts1790000700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."job_alert_frequency" AS ENUM('instant', 'daily', 'weekly')`);
    await queryRunner.query(
      `CREATE TABLE "job_alerts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "email" character varying(254), "name" character varying(120) NOT NULL, "frequency" "public"."job_alert_frequency" NOT NULL, "time_zone" character varying(64) NOT NULL, "q" character varying(200), "query" tsquery GENERATED ALWAYS AS (${JOB_ALERT_QUERY_SQL}) STORED, "employment_types" "public"."job_employment_type" array, "branch_id" uuid, "postal_code" character varying(20), "latitude" double precision, "longitude" double precision, "radius_km" double precision, "pay_min_dollars" integer, "active" boolean NOT NULL DEFAULT true, "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirm_nonce" character varying(64), "confirm_expires_at" TIMESTAMP WITH TIME ZONE, "active_since" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "criteria_version" integer NOT NULL DEFAULT '1', "matched_version" integer NOT NULL DEFAULT '0', "match_tokens" text array, "last_window_at" TIMESTAMP WITH TIME ZONE, "unsubscribed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "job_alerts_owner_check" CHECK (("user_id" IS NULL) <> ("email" IS NULL)), CONSTRAINT "job_alerts_location_check" CHECK (("latitude" IS NULL) = ("longitude" IS NULL) AND ("radius_km" IS NULL) = ("latitude" IS NULL)), CONSTRAINT "PK_job_alerts_id" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), 'job_alerts', 'GENERATED_COLUMN', 'query', $1)`,
      [JOB_ALERT_QUERY_SQL],
    );
    await queryRunner.query(`CREATE INDEX "job_alerts_user_idx" ON "job_alerts" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "job_alerts_email_idx" ON "job_alerts" (lower("email")) WHERE "email" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "job_alerts_branch_idx" ON "job_alerts" ("branch_id")`);
    // The reverse direction: new job → the alerts it may match. Only alerts that can receive e-mail are indexed.
    await queryRunner.query(
      `CREATE INDEX "job_alerts_match_tokens_idx" ON "job_alerts" USING GIN ("match_tokens") WHERE "active" AND "confirmed_at" IS NOT NULL`,
    );
    // Alerts whose criteria the worker has not matched yet (new or edited).
    await queryRunner.query(
      `CREATE INDEX "job_alerts_unmatched_idx" ON "job_alerts" ("id") WHERE "matched_version" < "criteria_version" AND "active" AND "confirmed_at" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "job_alerts_run_idx" ON "job_alerts" ("frequency", "time_zone") WHERE "active" AND "confirmed_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "job_alerts_unconfirmed_idx" ON "job_alerts" ("confirm_expires_at") WHERE "confirmed_at" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "job_alerts" ADD CONSTRAINT "FK_job_alerts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_alerts" ADD CONSTRAINT "FK_job_alerts_branch" FOREIGN KEY ("branch_id") REFERENCES "branches"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `ALTER TABLE "scheduled_emails" ALTER COLUMN "application_id" DROP NOT NULL, ALTER COLUMN "recipient_user_id" DROP NOT NULL, ADD "job_alert_id" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_emails" ADD CONSTRAINT "scheduled_emails_subject_check" CHECK (("application_id" IS NULL) <> ("job_alert_id" IS NULL))`,
    );
    await queryRunner.query(`CREATE INDEX "scheduled_emails_job_alert_idx" ON "scheduled_emails" ("job_alert_id") WHERE "job_alert_id" IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "scheduled_emails" ADD CONSTRAINT "FK_scheduled_emails_job_alert" FOREIGN KEY ("job_alert_id") REFERENCES "job_alerts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "job_alert_matches" ("alert_id" uuid NOT NULL, "job_id" uuid NOT NULL, "matched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "scheduled_email_id" uuid, CONSTRAINT "PK_job_alert_matches" PRIMARY KEY ("alert_id", "job_id"))`,
    );
    // What is still to be e-mailed, per alert.
    await queryRunner.query(`CREATE INDEX "job_alert_matches_unsent_idx" ON "job_alert_matches" ("alert_id") WHERE "scheduled_email_id" IS NULL`);
    await queryRunner.query(
      `CREATE INDEX "job_alert_matches_email_idx" ON "job_alert_matches" ("scheduled_email_id") WHERE "scheduled_email_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "job_alert_matches_job_idx" ON "job_alert_matches" ("job_id")`);
    await queryRunner.query(
      `ALTER TABLE "job_alert_matches" ADD CONSTRAINT "FK_job_alert_matches_alert" FOREIGN KEY ("alert_id") REFERENCES "job_alerts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "job_alert_matches" ADD CONSTRAINT "FK_job_alert_matches_job" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // NO ACTION (checked at the end of the statement): deleting an alert removes its e-mails and matches together.
    await queryRunner.query(
      `ALTER TABLE "job_alert_matches" ADD CONSTRAINT "FK_job_alert_matches_email" FOREIGN KEY ("scheduled_email_id") REFERENCES "scheduled_emails"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );

    // How far the worker has matched newly opened jobs (one row; no entity: only the matcher reads it).
    await queryRunner.query(
      `CREATE TABLE "job_alert_matcher_state" ("id" boolean NOT NULL DEFAULT true, "jobs_matched_through" TIMESTAMP WITH TIME ZONE, CONSTRAINT "job_alert_matcher_state_one_row" CHECK ("id"), CONSTRAINT "PK_job_alert_matcher_state" PRIMARY KEY ("id"))`,
    );

    await queryRunner.query(`
      CREATE FUNCTION "job_alerts_follow_user"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.erased_at IS NOT NULL AND OLD.erased_at IS NULL THEN
          DELETE FROM job_alerts WHERE user_id = NEW.id;
        ELSIF NEW.time_zone IS DISTINCT FROM OLD.time_zone THEN
          UPDATE job_alerts SET time_zone = NEW.time_zone, updated_at = now() WHERE user_id = NEW.id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "users_job_alerts_follow" AFTER UPDATE OF "time_zone", "erased_at" ON "users" FOR EACH ROW EXECUTE FUNCTION "job_alerts_follow_user"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "users_job_alerts_follow" ON "users"`);
    await queryRunner.query(`DROP FUNCTION "job_alerts_follow_user"()`);
    await queryRunner.query(`DROP TABLE "job_alert_matcher_state"`);
    await queryRunner.query(`DROP TABLE "job_alert_matches"`);
    await queryRunner.query(`DELETE FROM "scheduled_emails" WHERE "job_alert_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "scheduled_emails" DROP CONSTRAINT "FK_scheduled_emails_job_alert"`);
    await queryRunner.query(`DROP INDEX "scheduled_emails_job_alert_idx"`);
    await queryRunner.query(`ALTER TABLE "scheduled_emails" DROP CONSTRAINT "scheduled_emails_subject_check"`);
    await queryRunner.query(
      `ALTER TABLE "scheduled_emails" DROP COLUMN "job_alert_id", ALTER COLUMN "application_id" SET NOT NULL, ALTER COLUMN "recipient_user_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `DELETE FROM "typeorm_metadata" WHERE "type" = 'GENERATED_COLUMN' AND "table" = 'job_alerts' AND "name" = 'query' AND "database" = current_database()`,
    );
    await queryRunner.query(`DROP TABLE "job_alerts"`);
    await queryRunner.query(`DROP TYPE "public"."job_alert_frequency"`);
  }
}

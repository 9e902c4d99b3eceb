import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A guest's "manage alerts" link names their address by a short key (the
 * first 16 bytes of SHA-256 of the address in lower case), so the signed
 * token fits in a URL path segment and never carries the address itself.
 * `convert_to` is only STABLE because encodings could change; the database
 * encoding is fixed (UTF8), so the wrapper is immutable in fact and can be indexed.
 */
export class JobAlertEmailKey1790000710000 implements MigrationInterface {
  name = 'JobAlertEmailKey1790000710000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION job_alert_email_key(email text) RETURNS bytea LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT substr(sha256(convert_to(lower(email), 'UTF8')), 1, 16) $$`,
    );
    await queryRunner.query(`CREATE INDEX "job_alerts_email_key_idx" ON "job_alerts" (job_alert_email_key("email")) WHERE "user_id" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "job_alerts_email_key_idx"`);
    await queryRunner.query(`DROP FUNCTION job_alert_email_key(text)`);
  }
}

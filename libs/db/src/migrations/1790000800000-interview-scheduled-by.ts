import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who scheduled an interview, so the console can warn a recruiter who is
 * about to book two interviews at once. Earlier interviews stay unattributed.
 */
export class InterviewScheduledBy1790000800000 implements MigrationInterface {
  name = 'InterviewScheduledBy1790000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "interviews" ADD "scheduled_by_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "interviews" ADD CONSTRAINT "FK_interviews_scheduled_by" FOREIGN KEY ("scheduled_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE INDEX "interviews_scheduled_by_idx" ON "interviews" ("scheduled_by_id", "scheduled_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "interviews_scheduled_by_idx"`);
    await queryRunner.query(`ALTER TABLE "interviews" DROP CONSTRAINT "FK_interviews_scheduled_by"`);
    await queryRunner.query(`ALTER TABLE "interviews" DROP COLUMN "scheduled_by_id"`);
  }
}

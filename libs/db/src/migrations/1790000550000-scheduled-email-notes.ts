import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A scheduled e-mail can carry a candidate's note (a thank-you or a message
 * to the branch). Erasing the candidate deletes their notes; the row stays as
 * the record of what was planned, and the worker skips it.
 */
export class ScheduledEmailNotes1790000550000 implements MigrationInterface {
  name = 'ScheduledEmailNotes1790000550000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scheduled_emails" ADD "note_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "scheduled_emails" ADD CONSTRAINT "FK_scheduled_emails_note" FOREIGN KEY ("note_id") REFERENCES "messages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scheduled_emails" DROP CONSTRAINT "FK_scheduled_emails_note"`);
    await queryRunner.query(`ALTER TABLE "scheduled_emails" DROP COLUMN "note_id"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leaves 30% of each scheduled_emails page free, so the relay's
 * "enqueued_at = now()" update (a column no index uses) is a HOT update:
 * the new row version stays on its page and none of the six indexes gets a
 * new entry. Measured with `npm run bench:worker` (docs/benchmarks.md).
 */
export class ScheduledEmailsFillfactor1790000400000 implements MigrationInterface {
  name = 'ScheduledEmailsFillfactor1790000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scheduled_emails" SET (fillfactor = 70)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scheduled_emails" RESET (fillfactor)`);
  }
}

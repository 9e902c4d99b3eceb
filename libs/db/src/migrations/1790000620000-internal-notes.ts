import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recruiter's note on an application is internal unless they mark it for
 * the candidate. Notes the candidate wrote (a reason for withdrawing) were
 * always theirs to see.
 */
export class InternalNotes1790000620000 implements MigrationInterface {
  name = 'InternalNotes1790000620000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application_events" ADD "note_for_candidate" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE application_events e SET note_for_candidate = true FROM applications a WHERE a.id = e.application_id AND e.actor_id = a.candidate_id`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application_events" DROP COLUMN "note_for_candidate"`);
  }
}

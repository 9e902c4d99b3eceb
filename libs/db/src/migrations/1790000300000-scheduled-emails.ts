import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The worker's scheduled e-mails, and a trigger that wakes the outbox relay
 * (LISTEN outbox_events_inserted) as soon as the API commits an outbox row.
 */
export class ScheduledEmails1790000300000 implements MigrationInterface {
  name = 'ScheduledEmails1790000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "scheduled_emails" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "interview_id" uuid, "recipient_user_id" uuid NOT NULL, "dedupe_key" character varying(200) NOT NULL, "send_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'scheduled', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "reason" text, "lease_until" TIMESTAMP WITH TIME ZONE, "enqueued_at" TIMESTAMP WITH TIME ZONE, "message_id" character varying(255), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9e519eae87bbd5a9e61b3e3193f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "scheduled_emails_recipient_idx" ON "scheduled_emails" ("recipient_user_id") WHERE "status" = 'scheduled'`,
    );
    await queryRunner.query(`CREATE INDEX "scheduled_emails_application_idx" ON "scheduled_emails" ("application_id", "kind")`);
    await queryRunner.query(
      `CREATE INDEX "scheduled_emails_pending_idx" ON "scheduled_emails" ("send_at") WHERE "status" IN ('scheduled', 'sending')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "scheduled_emails_dedupe_key" ON "scheduled_emails" ("dedupe_key") WHERE "status" <> 'cancelled'`,
    );
    // NULL interview ids (follow-ups) must collide too, hence COALESCE instead of a plain column list.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "scheduled_emails_one_scheduled_key" ON "scheduled_emails" ("application_id", "kind", COALESCE("interview_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "status" = 'scheduled'`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_emails" ADD CONSTRAINT "FK_00006fb10eb44e35e5835c5b250" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_emails" ADD CONSTRAINT "FK_1d8798f0809ede5aeadb7f5fefd" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "scheduled_emails" ADD CONSTRAINT "FK_7a21ffa1bd216cf1c8a8585d01d" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Once per statement: a burst of inserts wakes the relay once, and NOTIFY is delivered only on commit.
    await queryRunner.query(
      `CREATE FUNCTION "notify_outbox_events_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('outbox_events_inserted', ''); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events" FOR EACH STATEMENT EXECUTE FUNCTION "notify_outbox_events_inserted"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "outbox_events_notify" ON "outbox_events"`);
    await queryRunner.query(`DROP FUNCTION "notify_outbox_events_inserted"()`);
    await queryRunner.query(`DROP TABLE "scheduled_emails"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Applications with their history, interviews, candidate messages, agency contacts, and the outbox the worker relays. */
export class Applications1790000200000 implements MigrationInterface {
  name = 'Applications1790000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."application_status" AS ENUM('applied', 'screening', 'interview_scheduled', 'interviewed', 'offer', 'hired', 'rejected', 'withdrawn')`,
    );
    await queryRunner.query(
      `CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_id" uuid NOT NULL, "candidate_id" uuid NOT NULL, "status" "public"."application_status" NOT NULL DEFAULT 'applied', "cover_letter" text, "resume_text" text, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_employer_contact_at" TIMESTAMP WITH TIME ZONE, "decision_expected_by" TIMESTAMP WITH TIME ZONE, "thank_you_sent_at" TIMESTAMP WITH TIME ZONE, "last_follow_up_at" TIMESTAMP WITH TIME ZONE, "follow_up_due_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "applications_status_due_idx" ON "applications" ("status", "follow_up_due_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "applications_job_status_idx" ON "applications" ("job_id", "status", "applied_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "applications_candidate_applied_idx" ON "applications" ("candidate_id", "applied_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "applications_job_candidate_key" ON "applications" ("job_id", "candidate_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "type" character varying(40) NOT NULL, "actor_id" uuid NOT NULL, "from_status" "public"."application_status", "to_status" "public"."application_status", "note" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fd185969787381d8bf8c529bc00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "application_events_application_idx" ON "application_events" ("application_id", "occurred_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contact_channel" AS ENUM('phone', 'email', 'in_person')`,
    );
    await queryRunner.query(
      `CREATE TABLE "employer_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "recruiter_id" uuid NOT NULL, "channel" "public"."contact_channel" NOT NULL, "summary" text NOT NULL, "contacted_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a1cb255b4447cfc2c47a9088452" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "employer_contacts_application_idx" ON "employer_contacts" ("application_id", "contacted_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."interview_mode" AS ENUM('in_person', 'phone', 'video')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."interview_status" AS ENUM('scheduled', 'completed', 'cancelled')`,
    );
    await queryRunner.query(
      `CREATE TABLE "interviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "mode" "public"."interview_mode" NOT NULL, "location" character varying(300), "interviewer_name" character varying(200) NOT NULL, "interviewer_email" character varying(254), "status" "public"."interview_status" NOT NULL DEFAULT 'scheduled', "completed_at" TIMESTAMP WITH TIME ZONE, "next_steps" text, "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd41af1f96d698fa33c2f070f47" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "interviews_application_idx" ON "interviews" ("application_id", "scheduled_at")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."message_kind" AS ENUM('message', 'thank_you')`,
    );
    await queryRunner.query(
      `CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "sender_id" uuid NOT NULL, "kind" "public"."message_kind" NOT NULL, "body" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "messages_application_idx" ON "messages" ("application_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "type" character varying(60) NOT NULL, "application_id" uuid, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_events_pending_idx" ON "outbox_events" ("id") WHERE "processed_at" IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "FK_8aba14d7f098c23ba06d8693235" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "FK_b669b991b85b808f24b5734990a" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_events" ADD CONSTRAINT "FK_58159d663fba2a48144c5ed3f4d" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_events" ADD CONSTRAINT "FK_606f03dbd6169c562fac2bbe183" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employer_contacts" ADD CONSTRAINT "FK_0855b461e560fef1898ed3afffb" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employer_contacts" ADD CONSTRAINT "FK_5d85b6aae8c88173fc402790251" FOREIGN KEY ("recruiter_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interviews" ADD CONSTRAINT "FK_77f7078daea9f2b36e9ff761bd1" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_5d3ec1cb962de6488637fd779d6" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_22133395bd13b970ccd0c34ab22" FOREIGN KEY ("sender_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['outbox_events', 'messages', 'employer_contacts', 'interviews', 'application_events', 'applications']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    for (const type of ['message_kind', 'interview_status', 'interview_mode', 'contact_channel', 'application_status']) {
      await queryRunner.query(`DROP TYPE "public"."${type}"`);
    }
  }
}

import { testConfig } from '@nextstep/testing';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions, MIGRATIONS } from '@nextstep/db';
import { addInterview, createCandidateApplication, DAY, MINUTE, scheduledEmails } from '../testing/worker-fixtures';

describe('migration: e-mail identity', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(testConfig().databaseUrl)).initialize();
  });
  afterAll(() => dataSource.destroy());

  it('re-keys sent and pending rows by identity and cancels a pending duplicate of one already sent', async () => {
    const migration = MIGRATIONS.map((Migration) => new Migration()).find((m) => m.name === 'EmailIdentity1790000500000');
    if (!migration) throw new Error('migration missing');
    const { application, candidate } = await createCandidateApplication(dataSource);
    const end = new Date(Date.now() - 20 * DAY);
    const interview = await addInterview(dataSource, application.id, { scheduledAt: new Date(end.getTime() - 60 * MINUTE), completedAt: end });
    const base = { applicationId: application.id, recipient: candidate.id };

    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      // Back to the old index, with the rows the old keys allowed: a reminder sent, and its twin still pending.
      await runner.query(`DROP INDEX "scheduled_emails_dedupe_key"`);
      await runner.query(`CREATE UNIQUE INDEX "scheduled_emails_dedupe_key" ON "scheduled_emails" ("dedupe_key") WHERE "status" <> 'cancelled'`);
      for (const row of [
        { kind: 'thank_you_reminder', interviewId: interview.id, key: `thank_you_reminder:${interview.id}:a`, status: 'sent', sentAt: new Date(end.getTime() + DAY) },
        { kind: 'thank_you_reminder', interviewId: interview.id, key: `thank_you_reminder:${interview.id}:b`, status: 'scheduled' },
        { kind: 'follow_up_reminder', interviewId: null, key: `follow_up_reminder:${application.id}:c`, status: 'sent', sentAt: new Date(end.getTime() + 14 * DAY) },
        { kind: 'follow_up_reminder', interviewId: null, key: `follow_up_reminder:${application.id}:d`, status: 'scheduled' },
      ]) {
        await runner.query(
          `INSERT INTO scheduled_emails (application_id, kind, interview_id, recipient_user_id, dedupe_key, send_at, status, sent_at)
           VALUES ($1, $2, $3, $4, $5, now(), $6, $7)`,
          [base.applicationId, row.kind, row.interviewId, base.recipient, row.key, row.status, row.sentAt ?? null],
        );
      }
      await migration.up(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }

    const rows = (await scheduledEmails(dataSource, application.id)).map((row) => [row.kind, row.status, row.dedupeKey]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['thank_you_reminder', 'sent', `thank_you_reminder:${interview.id}`],
        ['thank_you_reminder', 'cancelled', `thank_you_reminder:${interview.id}:b`],
        ['follow_up_reminder', 'sent', `follow_up_reminder:${application.id}:interview:${interview.id}`],
        ['follow_up_reminder', 'cancelled', `follow_up_reminder:${application.id}:d`],
      ]),
    );
    expect(rows).toHaveLength(4);
  });
});

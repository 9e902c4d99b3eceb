import { dataSourceOptions } from '@nextstep/db';
import { currentTestServices } from '@nextstep/testing';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCandidateApplication, eventually } from '../testing/worker-fixtures';
import { ScheduledEmailStore } from './scheduled-email.store';

/*
 * Found by `npm run chaos:worker`: after Redis lost its jobs, the sweep's
 * markEnqueued (hundreds of rows) deadlocked with a sender's batched markSent
 * over rows the SMTP server had already accepted. Postgres aborted markSent,
 * the rows stayed `sending`, and when their lease ran out they were sent a
 * second time (one was even marked failed after a 451 on the resend).
 */
describe('ScheduledEmailStore row locks', () => {
  let dataSource: DataSource;
  let store: ScheduledEmailStore;

  beforeAll(async () => {
    dataSource = new DataSource(dataSourceOptions(currentTestServices().databaseUrl, { applicationName: 'worker-locks-test', poolSize: 4 }));
    await dataSource.initialize();
    store = new ScheduledEmailStore(dataSource);
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it("marking rows enqueued never waits for a row a sender holds, so it cannot deadlock with the sender's markSent", async () => {
    const { application, candidate } = await createCandidateApplication(dataSource);
    const rows = await store.insert(
      dataSource.manager,
      (['follow_up_reminder', 'thank_you_reminder'] as const).map((kind, index) => ({
        kind,
        interviewId: null,
        noteId: null,
        sendAt: new Date(),
        dedupeKey: `locks-test:${application.id}:${index}`,
        applicationId: application.id,
        recipientUserId: candidate.id,
      })),
    );
    const [first, second] = rows.map((row) => row.id);
    if (!first || !second) throw new Error('the rows were not inserted');

    // A sender's statement that has reached the second row (as markSent does, row by row, in its own order).
    const sender = dataSource.createQueryRunner();
    await sender.connect();
    await sender.startTransaction();
    try {
      await sender.query(`UPDATE scheduled_emails SET updated_at = now() WHERE id = $1`, [second]);
      let done = false;
      // Settles to the error, if any, so a failure is reported here rather than as an unhandled rejection.
      const enqueued = store.markEnqueued([first, second]).then(
        () => null,
        (error: unknown) => error,
      );
      void enqueued.then(() => {
        done = true;
      });
      // Either bookkeeping finished, or it now holds the first row and waits for the second.
      await eventually(async () => {
        if (done) return true;
        const [waiting] = (await dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE scheduled_emails SET enqueued_at%'`,
        )) as Array<{ n: number }>;
        return (waiting?.n ?? 0) > 0;
      }, 'markEnqueued to finish or to wait for the locked row');
      // The sender moves on to the first row: with markEnqueued waiting on the second, that is a deadlock.
      await sender.query(`UPDATE scheduled_emails SET status = 'sent', sent_at = now() WHERE id = $1`, [first]);
      await sender.commitTransaction();
      expect(await enqueued).toBeNull();
    } finally {
      if (sender.isTransactionActive) await sender.rollbackTransaction();
      await sender.release();
    }

    const states = (await dataSource.query(`SELECT id, status, enqueued_at FROM scheduled_emails WHERE id = ANY($1::uuid[])`, [[first, second]])) as Array<{
      id: string;
      status: string;
      enqueued_at: Date | null;
    }>;
    // The row the sender held is left for the sweep, which looks at its job before queueing anything.
    expect(states.find((row) => row.id === first)).toMatchObject({ status: 'sent' });
    expect(states.find((row) => row.id === first)?.enqueued_at).toBeInstanceOf(Date);
    expect(states.find((row) => row.id === second)?.enqueued_at).toBeNull();
  });
});

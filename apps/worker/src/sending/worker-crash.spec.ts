import { dataSourceOptions } from '@nextstep/db';
import { startSmtpSink } from '@nextstep/mail/testing';
import { currentTestServices, runEntryPoint, testEnv } from '@nextstep/testing';
import { afterEach, describe, expect, it } from 'vitest';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import {
  addInterview,
  createCandidateApplication,
  DAY,
  eventually,
  idle,
  MINUTE,
  resetWorkerState,
  scheduledEmails,
  startTestWorker,
  writeOutbox,
} from '../testing/worker-fixtures';
import { startHangingSmtp } from '../testing/hanging-smtp';

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

describe('a worker killed in the middle of a send', () => {
  it('SIGKILL while the SMTP server has not yet accepted: after restart the e-mail arrives once, with the same Message-ID', async () => {
    const services = currentTestServices();
    const hanging = await startHangingSmtp();
    cleanup.push(() => hanging.close());
    // An in-process worker first, only to reset the shared queue and tables.
    const sink = await startSmtpSink();
    cleanup.push(() => sink.close());
    const helper = await startTestWorker({ SMTP_URL: 'smtp://127.0.0.1:9' });
    await resetWorkerState(helper.dataSource, helper.queue);
    const dataSource = new DataSource(dataSourceOptions(services.databaseUrl, { applicationName: 'worker-crash-test', poolSize: 2 }));
    await dataSource.initialize();
    cleanup.push(() => dataSource.destroy());

    const child = runEntryPoint('apps/worker/src/main.ts', testEnv(services, { SMTP_URL: hanging.url, SEND_WINDOW: 'always', LOG_LEVEL: 'info' }));
    cleanup.push(async () => {
      if (child.child.exitCode === null) child.child.kill('SIGKILL');
    });
    await child.waitForOutput(/Worker ready/);
    // The helper must not compete for the job: close it before anything is due.
    await helper.close();

    const completedAt = new Date(Date.now() - 15 * DAY);
    const { application } = await createCandidateApplication(dataSource);
    await dataSource.query('UPDATE applications SET thank_you_sent_at = $2 WHERE id = $1', [application.id, new Date(completedAt.getTime() + MINUTE)]);
    const interview = await addInterview(dataSource, application.id, { scheduledAt: new Date(completedAt.getTime() - 60 * MINUTE), completedAt });
    await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });

    await eventually(async () => hanging.dataSeen() >= 1, 'the stuck send', 15_000);
    child.child.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');
    const [stuck] = (await scheduledEmails(dataSource, application.id)).filter((row) => row.kind === 'follow_up_reminder');
    expect(stuck?.status).toBe('sending');

    // Time passes without sleeping: the claim's lease and BullMQ's job lock of the dead worker run out.
    await dataSource.query(`UPDATE scheduled_emails SET lease_until = now() - interval '1 second' WHERE id = $1`, [stuck?.id]);
    const redis = new Redis(services.redisUrl);
    // (the job's lock, and the dead worker's "stalled check done recently" marker)
    await redis.del(`${services.redisPrefix}:emails:${stuck?.id}:lock`, `${services.redisPrefix}:emails:stalled-check`);
    redis.disconnect();

    const restarted = await startTestWorker({ SMTP_URL: sink.url, SEND_WINDOW: 'always' }, undefined, 200);
    cleanup.push(() => restarted.close());
    const [email] = await sink.waitForMessages(1, 15_000);
    expect(email?.parsed.messageId).toBe(`<scheduled-email-${stuck?.id}@localhost>`);
    const sent = await eventually(
      async () => (await scheduledEmails(dataSource, application.id)).find((row) => row.id === stuck?.id && row.status === 'sent'),
      'the row marked sent',
    );
    expect(sent.attempts).toBe(2);
    await idle(restarted, { maintenance: false });
    expect(sink.received).toHaveLength(1);
  });
});

import { runEntryPoint, testEnv } from '@nextstep/testing';
import { describe, expect, it } from 'vitest';
import Redis from 'ioredis';
import {
  addInterview,
  closeAfterEach,
  createCandidateApplication,
  DAY,
  eventually,
  idle,
  MINUTE,
  scheduledEmails,
  startCrashScene,
  startTestWorker,
  writeOutbox,
} from '../testing/worker-fixtures';

const cleanup = closeAfterEach();

describe('a worker killed in the middle of a send', () => {
  it('SIGKILL while the SMTP server has not yet accepted: after restart the e-mail arrives once, with the same Message-ID', async () => {
    const { services, hanging, sink, helper, dataSource } = await startCrashScene(cleanup, 'worker-crash-test');

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

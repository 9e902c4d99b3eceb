import { ScheduledEmail } from '@nextstep/db';
import { JOB_NAMES, producerConnection, QUEUE_NAMES, type JobPayloads } from '@nextstep/platform';
import { runEntryPoint, testConfig, testEnv } from '@nextstep/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { describe, expect, it } from 'vitest';
import { closeAfterEach, eventually, idle, startCrashScene, startTestWorker } from '../testing/worker-fixtures';
import { createAlert, createBoard, createCandidate, MINUTE } from './testing/alert-fixtures';

const cleanup = closeAfterEach();

const ALERTS = 12;

describe('a worker killed in the middle of a job-alert run', () => {
  it('SIGKILL while the window’s e-mails are being sent: after a restart and the run firing again, each alert’s window arrives once', async () => {
    const config = testConfig();
    const { services, hanging, sink, helper, dataSource } = await startCrashScene(cleanup, 'job-alert-crash-test');
    // The helper worker runs the alert processors: stopped first, it cannot hold these tables' locks while the
    // truncate waits for them (the two deadlocked once).
    await helper.close();
    await dataSource.query('TRUNCATE job_alerts, job_alert_matches, job_alert_matcher_state CASCADE');
    const maintenance = new Queue<JobPayloads[typeof JOB_NAMES.jobAlertRun]>(QUEUE_NAMES.maintenance, {
      connection: producerConnection(config, 'job-alert-crash-test'),
      prefix: config.redis.prefix,
    });
    cleanup.push(() => maintenance.close());
    const fireInstantRun = () => maintenance.add(JOB_NAMES.jobAlertRun, { frequency: 'instant', timeZone: null });

    // Twelve people whose instant alerts all match one job that has just opened (the processes run on the wall clock).
    const now = Date.now();
    const board = await createBoard(dataSource);
    const alertIds: string[] = [];
    for (let i = 0; i < ALERTS; i += 1) {
      const person = await createCandidate(dataSource);
      alertIds.push((await createAlert(dataSource, { userId: person.id, frequency: 'instant', q: 'forklift', activeSince: new Date(now - 10 * MINUTE) })).id);
    }
    await board.job({ title: 'Forklift Operator', postedAt: new Date(now - MINUTE) });

    const child = runEntryPoint('apps/worker/src/main.ts', testEnv(services, { SMTP_URL: hanging.url, LOG_LEVEL: 'info' }));
    cleanup.push(async () => {
      if (child.child.exitCode === null) child.child.kill('SIGKILL');
    });
    await child.waitForOutput(/Worker ready/);
    await fireInstantRun();
    await eventually(async () => hanging.dataSeen() >= ALERTS, 'every e-mail of the window stuck mid-send', 20_000);
    child.child.kill('SIGKILL');
    expect((await child.exited).signal).toBe('SIGKILL');
    const stuck = await dataSource.getRepository(ScheduledEmail).find({ where: { kind: 'job_alert' } });
    expect(stuck.map((row) => row.status)).toEqual(Array(ALERTS).fill('sending'));

    // Time passes without sleeping: the dead worker's leases and BullMQ locks run out.
    await dataSource.query(`UPDATE scheduled_emails SET lease_until = now() - interval '1 second' WHERE kind = 'job_alert'`);
    const redis = new Redis(services.redisUrl);
    await redis.del(...stuck.map((row) => `${services.redisPrefix}:emails:${row.id}:lock`), `${services.redisPrefix}:emails:stalled-check`);
    redis.disconnect();

    const restarted = await startTestWorker({ SMTP_URL: sink.url }, undefined, 200);
    cleanup.push(() => restarted.close());
    // The scheduler fires again (or BullMQ retries the run): the window exists, so it plans nothing new.
    await fireInstantRun();
    await sink.waitForMessages(ALERTS, 20_000);
    await eventually(
      async () => (await dataSource.getRepository(ScheduledEmail).countBy({ kind: 'job_alert', status: 'sent' })) === ALERTS,
      'every row marked sent',
      20_000,
    );
    await idle(restarted, { maintenance: false });

    expect(sink.received).toHaveLength(ALERTS);
    const rows = await dataSource.getRepository(ScheduledEmail).find({ where: { kind: 'job_alert' } });
    expect(rows.map((row) => row.jobAlertId).sort()).toEqual([...alertIds].sort());
    expect(new Set(sink.received.map((email) => email.parsed.messageId))).toEqual(new Set(rows.map((row) => `<scheduled-email-${row.id}@localhost>`)));
  }, 90_000);
});

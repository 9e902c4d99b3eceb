import { dataSourceOptions, ScheduledEmail, User, type Application } from '@nextstep/db';
import { verifyUnsubscribeToken } from '@nextstep/mail';
import { closedPort, startSmtpSink } from '@nextstep/mail/testing';
import { Clock, SystemClock, JOB_NAMES } from '@nextstep/platform';
import { testConfig } from '@nextstep/testing';
import { DataSource } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { EmailQueue } from '../queues/email.queue';
import { QueueWorkers } from '../queues/queue-workers.service';
import {
  addInterview,
  closeAfterEach,
  createCandidateApplication,
  DAY,
  eventually,
  idle,
  MINUTE,
  promote,
  scheduledEmails,
  startSendingWorker,
  startTestWorker,
  writeOutbox,
  type TestWorker,
} from '../testing/worker-fixtures';
import { EmailScheduler } from '../scheduling/email-scheduler.service';
import { ScheduledEmailStore } from '../store/scheduled-email.store';
import { owedNewsSchedulerId } from './owed-news-digest.service';
import { OutboxRelay } from '../outbox/outbox-relay.service';

class FixedClock extends Clock {
  constructor(private readonly at: Date) {
    super();
  }
  now(): Date {
    return new Date(this.at);
  }
}

const cleanup = closeAfterEach();

async function rowOf(dataSource: DataSource, applicationId: string, kind: string, status?: string): Promise<ScheduledEmail | undefined> {
  const rows = await scheduledEmails(dataSource, applicationId);
  return rows.find((row) => row.kind === kind && (!status || row.status === status));
}

/** A candidate whose hour-long interview ended ten minutes ago, and the thank-you reminder it yields, promoted to run now. */
async function dueThankYou(worker: TestWorker, dataSource: DataSource): Promise<{ application: Application; row: ScheduledEmail }> {
  const completedAt = new Date(Date.now() - 10 * MINUTE);
  const { application } = await createCandidateApplication(dataSource);
  const interview = await addInterview(dataSource, application.id, {
    scheduledAt: new Date(completedAt.getTime() - 60 * MINUTE),
    completedAt,
  });
  await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });
  const row = await eventually(() => rowOf(dataSource, application.id, 'thank_you_reminder'), 'the thank-you row');
  await promote(worker.queue, row.id);
  return { application, row };
}

/** An hour-long interview that ended at `completedAt`, already thanked a minute later (so only the follow-up is due). */
async function thankedAfterInterview(dataSource: DataSource, applicationId: string, completedAt: Date) {
  await dataSource.query('UPDATE applications SET thank_you_sent_at = $2 WHERE id = $1', [
    applicationId,
    new Date(completedAt.getTime() + MINUTE),
  ]);
  return addInterview(dataSource, applicationId, { scheduledAt: new Date(completedAt.getTime() - 60 * MINUTE), completedAt });
}

/** The header block of a raw message, each folded header on one line. */
function headerLines(raw: string): string[] {
  const [head = ''] = raw.split(/\r?\n\r?\n/);
  return head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
}

describe('scheduled e-mails: relay, scheduling and sending', () => {
  it('completing an interview yields exactly one thank-you reminder with the draft letter', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(cleanup);
    const { application, candidate } = await createCandidateApplication(dataSource);
    const completedAt = new Date(Date.now() - 10 * MINUTE);
    const interview = await addInterview(dataSource, application.id, {
      scheduledAt: new Date(completedAt.getTime() - 60 * MINUTE),
      completedAt,
    });
    await writeOutbox(dataSource, 'interview.completed', application.id, {
      interviewId: interview.id,
      completedAt: completedAt.toISOString(),
    });

    const row = await eventually(() => rowOf(dataSource, application.id, 'thank_you_reminder'), 'the thank-you row');
    expect(row.sendAt.toISOString()).toBe(new Date(completedAt.getTime() + 60 * MINUTE).toISOString());
    expect(row.interviewId).toBe(interview.id);
    await promote(worker.queue, row.id);

    const [email] = await sink.waitForMessages(1, 10_000);
    expect(email?.envelope.to).toEqual([candidate.email]);
    expect(email?.parsed.subject).toBe('Thank Daniel Okafor for your interview: your draft note is ready');
    expect(email?.parsed.text).toContain('Dear Daniel Okafor,');
    expect(email?.parsed.text).toContain('Forklift Operator');
    expect(email?.parsed.text).toContain('To hold the world together');
    expect(email?.parsed.messageId).toBe(`<scheduled-email-${row.id}@localhost>`);
    const headers = headerLines(email?.raw ?? '');
    const unsubscribe = headers.find((line) => line.startsWith('List-Unsubscribe: '));
    expect(unsubscribe).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/api\/unsubscribe\/[\w-]+\.[0-9a-z]+\.[\w-]+>$/);
    const token = /unsubscribe\/([\w.-]+)>/.exec(unsubscribe ?? '')?.[1] ?? '';
    expect(verifyUnsubscribeToken(token, testConfig().jwtSecret)).toBe(candidate.id);
    expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    const sent = await eventually(() => rowOf(dataSource, application.id, 'thank_you_reminder', 'sent'), 'the row marked sent');
    expect(sent.messageId).toBe(`<scheduled-email-${row.id}@localhost>`);
    expect(sent.sentAt).toBeInstanceOf(Date);
    await idle(worker);
    expect(sink.received).toHaveLength(1);
    expect((await scheduledEmails(dataSource, application.id)).filter((r) => r.kind === 'thank_you_reminder')).toHaveLength(1);
  });

  it('an interview recorded after it happened and then completed sends one thank-you reminder, not two', async () => {
    const { sink, dataSource } = await startSendingWorker(cleanup);
    const { application, candidate } = await createCandidateApplication(dataSource);
    // Recruiters often log an interview afterwards: its scheduled end (and so the reminder) is already past.
    const scheduledAt = new Date(Date.now() - 4 * 60 * MINUTE);
    const interview = await addInterview(dataSource, application.id, { scheduledAt });
    await writeOutbox(dataSource, 'interview.scheduled', application.id, { interviewId: interview.id });
    const [first] = await sink.waitForMessages(1, 10_000);
    expect(first?.envelope.to).toEqual([candidate.email]);
    await eventually(() => rowOf(dataSource, application.id, 'thank_you_reminder', 'sent'), 'the first reminder marked sent');

    // Completion moves the interview's end, which once made a second e-mail with a new key.
    const completedAt = new Date(scheduledAt.getTime() + 30 * MINUTE);
    await dataSource.query(`UPDATE interviews SET status = 'completed', completed_at = $2 WHERE id = $1`, [interview.id, completedAt]);
    const eventId = await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });
    await eventually(async () => {
      const [event] = (await dataSource.query('SELECT processed_at FROM outbox_events WHERE id = $1', [eventId])) as Array<{ processed_at: Date | null }>;
      if (!event?.processed_at) return false;
      const rows = await scheduledEmails(dataSource, application.id);
      // Whatever the relay planned has finished (sent, skipped or cancelled) before the test counts.
      return rows.every((row) => row.status !== 'scheduled' && row.status !== 'sending' || row.kind !== 'thank_you_reminder');
    }, 'the completion relayed and every thank-you row settled');

    const reminders = (await scheduledEmails(dataSource, application.id)).filter((row) => row.kind === 'thank_you_reminder');
    expect(reminders.map((row) => row.status)).toEqual(['sent']);
    expect(sink.received.filter((message) => message.parsed.subject?.startsWith('Thank '))).toHaveLength(1);
  });

  it('completion 15 days ago with SEND_WINDOW=always sends the follow-up reminder at once, with the branch phone', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(cleanup, { SEND_WINDOW: 'always' });
    const completedAt = new Date(Date.now() - 15 * DAY);
    const { application } = await createCandidateApplication(dataSource);
    const interview = await thankedAfterInterview(dataSource, application.id, completedAt);
    await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });

    const [email] = await sink.waitForMessages(1, 10_000);
    expect(email?.parsed.text).toContain('+1 312-555-0199');
    const row = await eventually(() => rowOf(dataSource, application.id, 'follow_up_reminder', 'sent'), 'the follow-up sent');
    expect(row.sendAt.toISOString()).toBe(new Date(completedAt.getTime() + 14 * DAY).toISOString());
    // The thank-you was already sent, so its reminder is skipped, with the reason.
    const thankYou = await eventually(() => rowOf(dataSource, application.id, 'thank_you_reminder', 'skipped'), 'the thank-you skipped');
    expect(thankYou.reason).toBe('no thank-you reminder needed: ALREADY_THANKED');
    await idle(worker);
    expect(sink.received).toHaveLength(1);
  });

  it('with SEND_WINDOW=business-hours the follow-up waits for the next 09:00 local weekday', async () => {
    // Sunday, November 22, 2026, 12:00 in Chicago; the interview ended 15 days earlier (a Saturday).
    const now = new Date('2026-11-22T18:00:00Z');
    const { worker, dataSource } = await startSendingWorker(cleanup, { SEND_WINDOW: 'business-hours' }, { clock: new FixedClock(now) });
    const completedAt = new Date(now.getTime() - 15 * DAY);
    const { application } = await createCandidateApplication(dataSource, { timeZone: 'America/Chicago' });
    const interview = await addInterview(dataSource, application.id, {
      scheduledAt: new Date(completedAt.getTime() - 60 * MINUTE),
      completedAt,
    });
    await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });

    const row = await eventually(() => rowOf(dataSource, application.id, 'follow_up_reminder'), 'the follow-up row');
    // Due Saturday 21 November 12:00 CST; Monday 23 November 09:00 CST is 15:00 UTC.
    expect(row.sendAt.toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect(row.status).toBe('scheduled');
    const job = await eventually(async () => (await worker.queue.getJob(row.id)) ?? undefined, 'the delayed job');
    expect(await job.getState()).toBe('delayed');
    expect(job.opts.delay).toBe(21 * 3_600_000);
    expect(job.data).toEqual({ scheduledEmailId: row.id });
  });

  it('a recorded contact reschedules the follow-up and a withdrawal cancels it: the rows say why, no e-mail arrives', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(cleanup);
    const completedAt = new Date(Date.now() - 13 * DAY);
    const { application } = await createCandidateApplication(dataSource);
    const interview = await thankedAfterInterview(dataSource, application.id, completedAt);
    await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });
    const first = await eventually(() => rowOf(dataSource, application.id, 'follow_up_reminder', 'scheduled'), 'the follow-up row');
    expect(first.sendAt.toISOString()).toBe(new Date(completedAt.getTime() + 14 * DAY).toISOString());

    const contactedAt = new Date();
    await dataSource.query('UPDATE applications SET last_employer_contact_at = $2 WHERE id = $1', [application.id, contactedAt]);
    await writeOutbox(dataSource, 'application.contact_recorded', application.id, { contactedAt: contactedAt.toISOString() });
    const moved = await eventually(async () => {
      const rows = await scheduledEmails(dataSource, application.id);
      const old = rows.find((row) => row.id === first.id && row.status === 'cancelled');
      const next = rows.find((row) => row.kind === 'follow_up_reminder' && row.status === 'scheduled');
      return old && next ? { old, next } : undefined;
    }, 'the follow-up rescheduled');
    expect(moved.old.reason).toBe('rescheduled: the agency recorded a contact with the candidate');
    expect(moved.next.sendAt.toISOString()).toBe(new Date(contactedAt.getTime() + 14 * DAY).toISOString());
    expect(await worker.queue.getJob(first.id)).toBeUndefined();

    await dataSource.query(`UPDATE applications SET status = 'withdrawn', closed_at = now() WHERE id = $1`, [application.id]);
    await writeOutbox(dataSource, 'application.status_changed', application.id, { from: 'interviewed', to: 'withdrawn' });
    const cancelled = await eventually(
      async () => (await scheduledEmails(dataSource, application.id)).find((row) => row.id === moved.next.id && row.status === 'cancelled'),
      'the follow-up cancelled',
    );
    expect(cancelled.reason).toBe('cancelled: the application moved to withdrawn');
    expect(await worker.queue.getJob(moved.next.id)).toBeUndefined();

    // Even a job that was already running (or re-added by hand) finds the row cancelled and sends nothing.
    await worker.queue.add('send-scheduled-email', { scheduledEmailId: moved.next.id }, { jobId: `${moved.next.id}-again` });
    await idle(worker);
    expect(sink.received).toHaveLength(0);
    expect(
      (await scheduledEmails(dataSource, application.id)).filter((row) => row.kind === 'follow_up_reminder').map((row) => row.status),
    ).toEqual(['cancelled', 'cancelled']);
  });

  it('a withdrawal that lands while the send job is already running still sends nothing', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(cleanup, { SEND_WINDOW: 'always' });
    const store = worker.app.get(ScheduledEmailStore);
    const completedAt = new Date(Date.now() - 15 * DAY);
    const { application } = await createCandidateApplication(dataSource);
    const interview = await thankedAfterInterview(dataSource, application.id, completedAt);

    // Hold the follow-up job inside the processor (claimed, its context read) while the candidate withdraws.
    const claimAndLoad = store.claimAndLoad.bind(store);
    let raced = false;
    const spy = vi.spyOn(store, 'claimAndLoad').mockImplementation(async (ids, leaseSeconds) => {
      const claimed = await claimAndLoad(ids, leaseSeconds);
      if (claimed.some((one) => one?.row.kind === 'follow_up_reminder') && !raced) {
        raced = true;
        await dataSource.query(`UPDATE applications SET status = 'withdrawn', closed_at = now() WHERE id = $1`, [application.id]);
        await writeOutbox(dataSource, 'application.status_changed', application.id, { from: 'interviewed', to: 'withdrawn' });
        await eventually(
          () => rowOf(dataSource, application.id, 'follow_up_reminder', 'cancelled'),
          'the running row cancelled by the relay',
        );
      }
      return claimed;
    });
    await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });

    const row = await eventually(() => rowOf(dataSource, application.id, 'follow_up_reminder', 'cancelled'), 'the follow-up cancelled');
    expect(raced).toBe(true);
    expect(row.reason).toBe('cancelled: the application moved to withdrawn');
    await idle(worker);
    expect(sink.received).toHaveLength(0);
    expect((await rowOf(dataSource, application.id, 'follow_up_reminder'))?.status).toBe('cancelled');
    spy.mockRestore();
  });

  it('the same outbox row relayed twice sends each e-mail once', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(cleanup);
    const completedAt = new Date(Date.now() - 15 * DAY);
    const { application } = await createCandidateApplication(dataSource);
    const interview = await addInterview(dataSource, application.id, {
      scheduledAt: new Date(completedAt.getTime() - 60 * MINUTE),
      completedAt,
    });
    const eventId = await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });
    // Thank-you (late but still worth it) and follow-up.
    await sink.waitForMessages(2, 10_000);

    await dataSource.query('UPDATE outbox_events SET processed_at = NULL WHERE id = $1', [eventId]);
    await worker.relay.kick();
    await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });
    await eventually(async () => {
      const [row] = (await dataSource.query('SELECT count(*)::int AS pending FROM outbox_events WHERE processed_at IS NULL')) as Array<{
        pending: number;
      }>;
      return row?.pending === 0;
    }, 'the outbox drained');
    await idle(worker);
    expect(sink.received).toHaveLength(2);
    expect((await scheduledEmails(dataSource, application.id)).map((row) => `${row.kind}:${row.status}`).sort()).toEqual([
      'follow_up_reminder:sent',
      'thank_you_reminder:sent',
    ]);
  });

  it('451 twice, then 250: sent on the third attempt', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(
      cleanup,
      {},
      { reply: (attempt) => (attempt <= 2 ? { code: 451, message: 'Try again later' } : null) },
    );
    const { application, row } = await dueThankYou(worker, dataSource);
    // Retries wait out an exponential backoff; the test moves them on instead of sleeping.
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      await eventually(
        async () => sink.attempts() >= attempt && (await worker.queue.getJob(row.id))?.attemptsMade === attempt,
        `failure ${attempt}`,
      );
      await promote(worker.queue, row.id);
    }
    await sink.waitForMessages(1, 10_000);
    const sent = await eventually(() => rowOf(dataSource, application.id, 'thank_you_reminder', 'sent'), 'the row marked sent');
    expect(sent.attempts).toBe(3);
    expect(sink.attempts()).toBe(3);
    expect(sink.received).toHaveLength(1);
  });

  it('550: marked failed at once, never retried', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(cleanup, {}, { reply: () => ({ code: 550, message: 'No such user' }) });
    const { application, row } = await dueThankYou(worker, dataSource);

    const failed = await eventually(() => rowOf(dataSource, application.id, 'thank_you_reminder', 'failed'), 'the row marked failed');
    expect(failed.lastError).toMatch(/550/);
    expect(failed.attempts).toBe(1);
    // The row is marked before the processor throws, so BullMQ may still be moving the job: wait for its
    // state first (the move is one atomic script), then read the job.
    await eventually(async () => (await worker.queue.getJobState(row.id)) === 'failed', 'the job moved to failed');
    expect((await worker.queue.getJob(row.id))?.attemptsMade).toBe(1);
    await idle(worker);
    expect(sink.attempts()).toBe(1);
  });

  it('an interview scheduled 3 days ahead is confirmed with a calendar invitation and reminded 24 h before; cancelling sends METHOD:CANCEL and drops the reminder', async () => {
    const { sink, dataSource } = await startSendingWorker(cleanup);
    const { application } = await createCandidateApplication(dataSource, { status: 'interview_scheduled' });
    const scheduledAt = new Date(Math.ceil((Date.now() + 3 * DAY) / MINUTE) * MINUTE);
    const interview = await addInterview(dataSource, application.id, { scheduledAt });
    await writeOutbox(dataSource, 'interview.scheduled', application.id, { interviewId: interview.id });

    const [confirmation] = await sink.waitForMessages(1, 10_000);
    const invite = confirmation?.parsed.attachments.find((attachment) => attachment.filename === 'interview.ics');
    expect(invite?.content.toString('utf8')).toContain('METHOD:REQUEST');
    const reminder = await eventually(() => rowOf(dataSource, application.id, 'interview_reminder', 'scheduled'), 'the reminder row');
    expect(reminder.sendAt.toISOString()).toBe(new Date(scheduledAt.getTime() - DAY).toISOString());

    await dataSource.query(`UPDATE interviews SET status = 'cancelled', sequence = sequence + 1 WHERE id = $1`, [interview.id]);
    await writeOutbox(dataSource, 'interview.cancelled', application.id, { interviewId: interview.id });
    const messages = await sink.waitForMessages(2, 10_000);
    const cancel = messages[1]?.parsed.attachments.find((attachment) => attachment.filename === 'interview-cancelled.ics');
    expect(cancel?.content.toString('utf8')).toContain('METHOD:CANCEL');
    const dropped = await eventually(
      async () => (await scheduledEmails(dataSource, application.id)).find((row) => row.id === reminder.id && row.status === 'cancelled'),
      'the reminder cancelled',
    );
    expect(dropped.reason).toBe('cancelled: the interview was cancelled');
  });

  it('erasing the account cancels every pending e-mail to the candidate', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(cleanup);
    const { application, candidate } = await createCandidateApplication(dataSource);
    // Ended 10 minutes ago: the thank-you reminder (at end + 60 min) and the follow-up are both still ahead.
    const interview = await addInterview(dataSource, application.id, {
      scheduledAt: new Date(Date.now() - 70 * MINUTE),
      completedAt: new Date(Date.now() - 10 * MINUTE),
    });
    await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });
    await eventually(() => rowOf(dataSource, application.id, 'follow_up_reminder', 'scheduled'), 'the follow-up row');

    await dataSource.query('UPDATE users SET erased_at = now() WHERE id = $1', [candidate.id]);
    await writeOutbox(dataSource, 'candidate.erased', null, { userId: candidate.id });
    await eventually(async () => {
      const rows = await scheduledEmails(dataSource, application.id);
      return (
        rows.length > 0 && rows.every((row) => row.status === 'cancelled' && row.reason === 'cancelled: the candidate erased their account')
      );
    }, 'every row cancelled');
    await idle(worker);
    expect(sink.received).toHaveLength(0);
  });

  it('two workers at once: every due e-mail arrives, each exactly once', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(cleanup);
    const second = await startTestWorker({ SMTP_URL: sink.url, SEND_WINDOW: 'always' });
    cleanup.push(() => second.close());
    const completedAt = new Date(Date.now() - 15 * DAY);
    const recipients: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const { application, candidate } = await createCandidateApplication(dataSource);
      recipients.push(candidate.email);
      const interview = await thankedAfterInterview(dataSource, application.id, completedAt);
      // Each change announced twice, as a retried API transaction or a replayed event would.
      await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });
      await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });
    }
    await sink.waitForMessages(20, 15_000);
    await idle(worker);
    expect(sink.received.map((email) => email.envelope.to[0]).sort()).toEqual(recipients.sort());
  });

  it('owed-news digest: weekdays 08:00 in the branch time zone, listing interviewed candidates due within 4 days, once a day per recruiter', async () => {
    const { sink, worker, dataSource } = await startSendingWorker(cleanup);
    const { application } = await createCandidateApplication(dataSource, { firstName: 'Tom' });
    await addInterview(dataSource, application.id, {
      scheduledAt: new Date(Date.now() - 12 * DAY - 60 * MINUTE),
      completedAt: new Date(Date.now() - 12 * DAY),
    });
    await dataSource.query('UPDATE applications SET follow_up_due_at = $2 WHERE id = $1', [application.id, new Date(Date.now() + 2 * DAY)]);
    const [{ branch_id: branchId }] = (await dataSource.query('SELECT branch_id FROM jobs WHERE id = $1', [application.jobId])) as [
      { branch_id: string },
    ];
    await dataSource.getRepository(User).save({
      email: `recruiter-${branchId}@nextstep.example`,
      passwordHash: '!test',
      role: 'recruiter' as const,
      firstName: 'Priya',
      lastName: 'Raman',
      branchId,
    });
    const workers = worker.app.get(QueueWorkers);
    await workers.syncDigestSchedulers();
    const maintenance = workers.maintenance;
    if (!maintenance) throw new Error('maintenance queue not started');
    const scheduler = await maintenance.getJobScheduler(owedNewsSchedulerId(branchId));
    expect(scheduler).toMatchObject({ pattern: '0 8 * * 1-5', tz: 'America/Chicago' });

    // Run the digest now instead of waiting for 08:00.
    await maintenance.add(JOB_NAMES.owedNewsDigest, { branchId });
    const [digest] = await sink.waitForMessages(1, 10_000);
    expect(digest?.envelope.to).toEqual([`recruiter-${branchId}@nextstep.example`]);
    expect(digest?.parsed.text).toContain('Tom Lopez');
    expect(digest?.parsed.text).toContain('Forklift Operator');
    await maintenance.add(JOB_NAMES.owedNewsDigest, { branchId });
    await idle(worker);
    expect(sink.received).toHaveLength(1);
  });

  it('Redis down while relaying: the rows are kept, and sent once after Redis is back', async () => {
    const services = testConfig();
    const dataSource = new DataSource(dataSourceOptions(services.databaseUrl, { applicationName: 'worker-test', poolSize: 2 }));
    await dataSource.initialize();
    cleanup.push(() => dataSource.destroy());
    await dataSource.query('TRUNCATE scheduled_emails, outbox_events CASCADE');

    const completedAt = new Date(Date.now() - 15 * DAY);
    const { application } = await createCandidateApplication(dataSource);
    await dataSource.query('UPDATE applications SET thank_you_sent_at = now() WHERE id = $1', [application.id]);
    const interview = await addInterview(dataSource, application.id, {
      scheduledAt: new Date(completedAt.getTime() - 60 * MINUTE),
      completedAt,
    });
    await writeOutbox(dataSource, 'interview.completed', application.id, { interviewId: interview.id });

    // A relay whose Redis is a closed port: the rows are committed, the jobs are not.
    const down = testConfig({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}`, SEND_WINDOW: 'always' });
    const clock = new SystemClock();
    const store = new ScheduledEmailStore(dataSource);
    const deadQueue = new EmailQueue(down, store, clock);
    cleanup.push(() => deadQueue.onApplicationShutdown());
    const relay = new OutboxRelay(dataSource, new EmailScheduler(down, store), deadQueue, clock);
    expect(await relay.relayBatch()).toBe(1);
    const kept = await scheduledEmails(dataSource, application.id);
    expect(kept.map((row) => [row.kind, row.status, row.enqueuedAt])).toEqual(
      expect.arrayContaining([['follow_up_reminder', 'scheduled', null]]),
    );
    const [pending] = (await dataSource.query('SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL')) as Array<{
      n: number;
    }>;
    expect(pending?.n).toBe(0);

    // Redis is back: a healthy worker's start-up sweep queues the rows, and the e-mail arrives once.
    const sink = await startSmtpSink();
    cleanup.push(() => sink.close());
    const worker = await startTestWorker({ SMTP_URL: sink.url, SEND_WINDOW: 'always' });
    cleanup.push(() => worker.close());
    await sink.waitForMessages(1, 10_000);
    await eventually(() => rowOf(dataSource, application.id, 'follow_up_reminder', 'sent'), 'the follow-up sent');
    await worker.queue.getJobs(['completed']);
    await idle(worker);
    expect(sink.received).toHaveLength(1);
  });
});

import type { INestApplicationContext } from '@nestjs/common';
import {
  Application,
  CandidateProfile,
  dataSourceOptions,
  Interview,
  OutboxEvent,
  ScheduledEmail,
  User,
  type ApplicationStatus,
} from '@nextstep/db';
import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import type { Clock, OutboxEventType, OutboxPayloads, SendScheduledEmailPayload } from '@nextstep/platform';
import { startSmtpSink, type SmtpReply, type SmtpSink } from '@nextstep/mail/testing';
import { currentTestServices, testConfig, waitUntil, type TestServices } from '@nextstep/testing';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterEach } from 'vitest';
import { createWorker } from '../create-worker';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { EmailQueue } from '../queues/email.queue';
import { QueueWorkers } from '../queues/queue-workers.service';
import { startHangingSmtp, type HangingSmtp } from './hanging-smtp';

export const MINUTE = 60_000;
export const DAY = 86_400_000;

export interface TestWorker {
  app: INestApplicationContext;
  dataSource: DataSource;
  queue: Queue<SendScheduledEmailPayload>;
  relay: OutboxRelay;
  close(): Promise<void>;
}

/** The real worker module in this process, against this run's Postgres and Redis prefix. */
export async function startTestWorker(env: Record<string, string>, clock?: Clock, stalledIntervalMs?: number): Promise<TestWorker> {
  const app = await createWorker(testConfig(env), { ...(clock ? { clock } : {}), ...(stalledIntervalMs ? { stalledIntervalMs } : {}) });
  return {
    app,
    dataSource: app.get(DataSource),
    queue: app.get(EmailQueue).queue,
    relay: app.get(OutboxRelay),
    close: () => app.close(),
  };
}

/** What the tests of a file start, closed after each test, last first: push a close function as you start a thing. */
export function closeAfterEach(): Array<() => Promise<void>> {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const close of cleanup.splice(0).reverse()) await close();
  });
  return cleanup;
}

export interface SendingWorker {
  sink: SmtpSink;
  worker: TestWorker;
  dataSource: DataSource;
}

/**
 * An SMTP sink and a worker sending to it (at any hour unless `env` says otherwise), on a reset queue and tables:
 * the start of every sending test. Both are closed by `cleanup` (see closeAfterEach).
 */
export async function startSendingWorker(
  cleanup: Array<() => Promise<void>>,
  env: Record<string, string> = {},
  options: { reply?: (attempt: number) => SmtpReply | null; clock?: Clock } = {},
): Promise<SendingWorker> {
  const sink = await startSmtpSink(options.reply ? { reply: options.reply } : {});
  cleanup.push(() => sink.close());
  const worker = await startTestWorker({ SMTP_URL: sink.url, SEND_WINDOW: 'always', ...env }, options.clock);
  cleanup.push(() => worker.close());
  await resetWorkerState(worker.dataSource, worker.queue);
  return { sink, worker, dataSource: worker.dataSource };
}

export interface CrashScene {
  services: TestServices;
  /** Accepts the connection and never answers DATA: the worker process under test gets stuck on it. */
  hanging: HangingSmtp;
  /** Where the restarted worker delivers. */
  sink: SmtpSink;
  /** The in-process worker that reset the shared queues and tables; still running, so close it before anything is due. */
  helper: TestWorker;
  /** The test's own connection, for rows and checks while worker processes come and go. */
  dataSource: DataSource;
}

/** The start of a test that kills a worker process mid-send. Everything is closed by `cleanup`, `helper` included. */
export async function startCrashScene(cleanup: Array<() => Promise<void>>, applicationName: string): Promise<CrashScene> {
  const services = currentTestServices();
  const hanging = await startHangingSmtp();
  cleanup.push(() => hanging.close());
  const sink = await startSmtpSink();
  cleanup.push(() => sink.close());
  const started = await startTestWorker({ SMTP_URL: 'smtp://127.0.0.1:9' });
  // Closed once, by the test or (when it failed first) by cleanup.
  let closing: Promise<void> | undefined;
  const helper: TestWorker = { ...started, close: () => (closing ??= started.close()) };
  cleanup.push(() => helper.close());
  await resetWorkerState(helper.dataSource, helper.queue);
  const dataSource = new DataSource(dataSourceOptions(services.databaseUrl, { applicationName, poolSize: 2 }));
  await dataSource.initialize();
  cleanup.push(() => dataSource.destroy());
  return { services, hanging, sink, helper, dataSource };
}

/** A candidate account (no profile): Maria Lopez in Chicago unless told otherwise. */
export function createCandidate(dataSource: DataSource, overrides: Partial<Pick<User, 'timeZone' | 'firstName'>> = {}): Promise<User> {
  return dataSource.getRepository(User).save({
    email: `candidate-${randomUUID()}@example.com`,
    passwordHash: '!test',
    role: 'candidate' as const,
    firstName: overrides.firstName ?? 'Maria',
    lastName: 'Lopez',
    timeZone: overrides.timeZone ?? 'America/Chicago',
  });
}

export interface CandidateApplication {
  application: Application;
  candidate: User;
}

/** A candidate (with profile) who applied to an open job; one line per test. */
export async function createCandidateApplication(
  dataSource: DataSource,
  options: { status?: ApplicationStatus; timeZone?: string; guidanceEmails?: boolean; firstName?: string; appliedAt?: Date } = {},
): Promise<CandidateApplication> {
  const branch = await createBranch(dataSource, { phone: '+1 312-555-0199', name: 'Nextstep Loop' });
  const company = await createCompany(dataSource, { name: 'Acme Fasteners', mission: 'To hold the world together.' });
  const job = await createJob(dataSource, { branch, company, title: 'Forklift Operator' });
  const candidate = await createCandidate(dataSource, {
    ...(options.firstName !== undefined ? { firstName: options.firstName } : {}),
    ...(options.timeZone !== undefined ? { timeZone: options.timeZone } : {}),
  });
  await dataSource.getRepository(CandidateProfile).save({ userId: candidate.id, guidanceEmails: options.guidanceEmails ?? true });
  const application = await dataSource.getRepository(Application).save({
    jobId: job.id,
    candidateId: candidate.id,
    status: options.status ?? 'interviewed',
    coverLetter: 'I have run forklifts for five years and would like to join your team.',
    appliedAt: options.appliedAt ?? new Date(Date.now() - 30 * DAY),
  });
  return { application, candidate };
}

export function addInterview(
  dataSource: DataSource,
  applicationId: string,
  interview: { scheduledAt: Date; durationMinutes?: number; completedAt?: Date | null; status?: Interview['status'] },
): Promise<Interview> {
  return dataSource.getRepository(Interview).save({
    applicationId,
    scheduledAt: interview.scheduledAt,
    durationMinutes: interview.durationMinutes ?? 60,
    mode: 'in_person' as const,
    location: '1 Test St, Chicago',
    interviewerName: 'Daniel Okafor',
    status: interview.status ?? (interview.completedAt ? 'completed' : 'scheduled'),
    completedAt: interview.completedAt ?? null,
  });
}

/** What the API writes in the same transaction as a change. */
export async function writeOutbox<T extends OutboxEventType>(
  dataSource: DataSource,
  type: T,
  applicationId: string | null,
  payload: OutboxPayloads[T],
): Promise<string> {
  const result = await dataSource.getRepository(OutboxEvent).insert({ type, applicationId, payload });
  return String((result.identifiers[0] as { id: string }).id);
}

export function scheduledEmails(dataSource: DataSource, applicationId: string): Promise<ScheduledEmail[]> {
  return dataSource.getRepository(ScheduledEmail).find({ where: { applicationId }, order: { createdAt: 'ASC' } });
}

/** Polls until `check` returns a value (the shared helper; the worker suites have always called it this). */
export { waitUntil as eventually } from '@nextstep/testing';

/**
 * Waits until the worker has nothing left to do now: the outbox relayed, no e-mail being sent, and no job of either
 * queue waiting or running (two looks in a row, since one job can queue the next). Delayed jobs, due later, may
 * stay. A count taken after this is final: whatever would (wrongly) still be sent now has been.
 * `maintenance: false` looks at the e-mail queue only: after a SIGKILL the dead process's maintenance job (the
 * outbox relay runs every 5 s) stays active until BullMQ's stall check frees it, up to 30 s later.
 */
export async function idle(worker: TestWorker, options: { maintenance?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const { maintenance: withMaintenance = true, timeoutMs = 10_000 } = options;
  const maintenance = withMaintenance ? worker.app.get(QueueWorkers).maintenance : null;
  /** What is still going on, as one line (empty when nothing is). */
  const busy = async (): Promise<string> => {
    const [row] = (await worker.dataSource.query(
      `SELECT (SELECT count(*) FROM outbox_events WHERE processed_at IS NULL)::int AS unrelayed,
              (SELECT count(*) FROM scheduled_emails WHERE status = 'sending')::int AS sending`,
    )) as Array<{ unrelayed: number; sending: number }>;
    const found = [`${row?.unrelayed ?? 0} outbox rows unrelayed`, `${row?.sending ?? 0} e-mails sending`];
    for (const queue of [worker.queue, ...(maintenance ? [maintenance] : [])]) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      found.push(`${queue.name}: ${JSON.stringify(counts)}`);
      if (Object.values(counts).some((n) => n > 0)) return found.join(', ');
    }
    return row?.unrelayed || row?.sending ? found.join(', ') : '';
  };
  let quietLooks = 0;
  let last = '';
  try {
    await waitUntil(async () => {
      last = await busy();
      quietLooks = last ? 0 : quietLooks + 1;
      return quietLooks >= 2;
    }, 'the worker to be idle', timeoutMs);
  } catch (error) {
    throw new Error(`${(error as Error).message}: ${last}`);
  }
}

/** Runs a delayed job now, the way a test should: no waiting on the wall clock. */
export async function promote(queue: Queue<SendScheduledEmailPayload>, scheduledEmailId: string): Promise<void> {
  const job = await waitUntil(async () => (await queue.getJob(scheduledEmailId)) ?? undefined, `job ${scheduledEmailId}`);
  if ((await job.getState()) === 'delayed') await job.promote();
}

export async function resetWorkerState(dataSource: DataSource, queue: Queue): Promise<void> {
  // CASCADE: rows of other tables that point at a scheduled e-mail (e.g. a job alert's sends) go too.
  await dataSource.query('TRUNCATE scheduled_emails, outbox_events CASCADE');
  await queue.obliterate({ force: true });
}

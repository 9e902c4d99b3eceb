import type { INestApplicationContext } from '@nestjs/common';
import {
  Application,
  CandidateProfile,
  Interview,
  OutboxEvent,
  ScheduledEmail,
  User,
  type ApplicationStatus,
} from '@nextstep/db';
import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import type { Clock, OutboxEventType, OutboxPayloads, SendScheduledEmailPayload } from '@nextstep/platform';
import { testConfig } from '@nextstep/testing';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createWorker } from '../create-worker';
import { OutboxRelay } from '../outbox/outbox-relay.service';
import { EmailQueue } from '../queues/email-queue.service';

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
  const candidate = await dataSource.getRepository(User).save({
    email: `candidate-${randomUUID()}@example.com`,
    passwordHash: '!test',
    role: 'candidate' as const,
    firstName: options.firstName ?? 'Maria',
    lastName: 'Lopez',
    timeZone: options.timeZone ?? 'America/Chicago',
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

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Runs a delayed job now, the way a test should: no waiting on the wall clock. */
export async function promote(queue: Queue<SendScheduledEmailPayload>, scheduledEmailId: string): Promise<void> {
  const job = await eventually(async () => (await queue.getJob(scheduledEmailId)) ?? undefined, `job ${scheduledEmailId}`);
  if ((await job.getState()) === 'delayed') await job.promote();
}

export async function resetWorkerState(dataSource: DataSource, queue: Queue): Promise<void> {
  // CASCADE: rows of other tables that point at a scheduled e-mail (e.g. a job alert's sends) go too.
  await dataSource.query('TRUNCATE scheduled_emails, outbox_events CASCADE');
  await queue.obliterate({ force: true });
}

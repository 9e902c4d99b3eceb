import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import type { Branch, Company } from '@nextstep/db';
import { DAY_MS } from '@nextstep/guidance';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaff, signUpCandidate, STRONG_PASSWORD, type SignedInUser } from '../testing/apps';
import { startSystem, type System } from '../testing/system';
import {
  AdvanceClock,
  ADVANCES_MS,
  CancelInterview,
  CandidateWrites,
  checkDelivered,
  CompleteInterview,
  COMPLETIONS,
  EraseAccount,
  INTERVIEW_OFFSETS_MIN,
  ModelViolation,
  MoveStage,
  observe,
  RecordContact,
  RecordHeldInterview,
  RelayTwice,
  RescheduleInterview,
  ScheduleInterview,
  STAFF_MOVES,
  Withdraw,
  type Model,
  type ModelCommand,
  type Real,
} from './email-model';

/*
 * Model-based test of "every reminder exactly once": random histories of an
 * interview pipeline, through the real API and the real worker, and what
 * reached the SMTP server checked after every step. `npm run test:model --
 * --runs 500` runs the larger version; MODEL_SEED replays a failure.
 */
const RUNS = Number(process.env['MODEL_RUNS'] ?? 15);
const SEED = process.env['MODEL_SEED'] ? Number(process.env['MODEL_SEED']) : undefined;
const TRACE = process.env['MODEL_TRACE'] === '1';
const MAX_COMMANDS = 24;
/** Monday 7 December 2026, 09:00 in Chicago (the candidate's zone): business hours, so the send window matters. */
const START = new Date('2026-12-07T15:00:00Z');
const COVER_LETTER = 'Five years on warehouse floors, forklift certified, and happy to take any shift you need.';

const application = fc.nat({ max: 1 });
const interview = fc.nat({ max: 3 });
const offset = fc.constantFrom(...INTERVIEW_OFFSETS_MIN);
const advance = fc.constantFrom(...ADVANCES_MS).map((ms) => new AdvanceClock(ms));
/** Weighted towards what makes e-mails: interviews, their completion and time passing; erasure ends the candidate's part, so it is rarer. */
const step: fc.Arbitrary<ModelCommand> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(application, offset, fc.constantFrom(30, 60)).map(([app, minutes, length]) => new ScheduleInterview(app, minutes, length)) },
  { weight: 2, arbitrary: fc.tuple(application, interview, offset).map(([app, pick, minutes]) => new RescheduleInterview(app, pick, minutes)) },
  { weight: 1, arbitrary: fc.tuple(application, interview).map(([app, pick]) => new CancelInterview(app, pick)) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(application, interview, fc.constantFrom(...COMPLETIONS), fc.constantFrom(null, 3, 20))
      .map(([app, pick, completion, decision]) => new CompleteInterview(app, pick, completion, decision)),
  },
  { weight: 2, arbitrary: application.map((app) => new RecordContact(app)) },
  { weight: 1, arbitrary: fc.tuple(application, fc.constantFrom(...STAFF_MOVES)).map(([app, to]) => new MoveStage(app, to)) },
  { weight: 3, arbitrary: fc.tuple(application, fc.nat({ max: 3 })).map(([app, next]) => new MoveStage(app, { next })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(application, fc.constantFrom(-4 * 24 * 60, -26 * 60, -3 * 60, -75), fc.constantFrom(...COMPLETIONS), fc.constantFrom(null, 3, 20))
      .map(([app, minutes, completion, decision]) => new RecordHeldInterview(app, minutes, completion, decision)),
  },
  { weight: 1, arbitrary: application.map((app) => new Withdraw(app)) },
  {
    weight: 3,
    arbitrary: fc.tuple(application, fc.constantFrom('thank_you' as const, 'message' as const)).map(([app, kind]) => new CandidateWrites(app, kind)),
  },
  { weight: 1, arbitrary: fc.constant(new EraseAccount()) },
  { weight: 6, arbitrary: advance },
  { weight: 1, arbitrary: fc.constant(new RelayTwice()) },
);
const commands = fc.commands([step], { maxCommands: MAX_COMMANDS, size: 'max' });

describe('e-mails over random histories (model-based)', () => {
  let system: System;
  let branch: Branch;
  let company: Company;
  let recruiter: SignedInUser;

  beforeAll(async () => {
    // Follow-ups wait for the candidate's business hours, as in production.
    system = await startSystem(START, { SEND_WINDOW: 'business-hours', THANK_YOU_DELAY_MINUTES: '60', FOLLOW_UP_AFTER_DAYS: '14' });
    branch = await createBranch(system.dataSource, { name: 'Model Branch' });
    company = await createCompany(system.dataSource, { name: 'Model Fasteners' });
    recruiter = await createStaff(system.api, 'recruiter', branch.id);
  });

  afterAll(async () => {
    await system?.close();
  });

  /** A new candidate with two applications, at the start time. */
  async function freshRun(): Promise<{ model: Model; real: Real }> {
    system.clock.set(START);
    const checked = system.sink.received.length;
    const candidate = await signUpCandidate(system.api, { timeZone: 'America/Chicago' });
    // Access tokens live for minutes of wall time; a long run signs the recruiter in again.
    const login = await system.api.request('POST', '/api/auth/login', { body: { email: recruiter.email, password: STRONG_PASSWORD } });
    const recruiterToken = login.json<{ accessToken: string }>().accessToken;
    const applications: Model['applications'] = [];
    for (let i = 0; i < 2; i += 1) {
      const job = await createJob(system.dataSource, { branch, company, title: `Forklift Operator ${i + 1}` });
      const res = await system.api.request('POST', `/api/jobs/${job.id}/applications`, {
        token: candidate.token,
        body: { coverLetter: COVER_LETTER, resumeText: 'Forklift certified; five years in warehouses.' },
      });
      expect(res.statusCode, res.body).toBe(201);
      applications.push({
        id: res.json<{ id: string }>().id,
        stage: 'applied',
        appliedAt: START,
        interviews: [],
        lastEmployerContactAt: null,
        decisionExpectedBy: null,
        thankYouSentAt: null,
        lastFollowUpAt: null,
      });
    }
    const model: Model = { applications, erasedAt: null };
    const real: Real = {
      system,
      candidate: { id: candidate.id, email: candidate.email, password: candidate.password, token: candidate.token },
      recruiterToken,
      scope: { applicationIds: applications.map((a) => a.id), userId: candidate.id },
      checked,
      thankYouReminders: new Map(),
      followUpCycles: new Map(),
      deliveries: [],
      ...(TRACE ? { trace: (line: string) => console.log(line) } : {}),
    };
    await observe(model, real);
    return { model, real };
  }

  /** After the history: a month passes, so everything still planned falls due; then the log and the rows must agree. */
  async function finish(model: Model, real: Real): Promise<void> {
    system.clock.advance(31 * DAY_MS);
    await observe(model, real);
    const ids = real.deliveries.map((email) => email.message.parsed.messageId);
    const twice = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (twice.length) throw new ModelViolation(`the same Message-ID arrived twice: ${twice.join(', ')}`);
    const keys = real.deliveries.map((email) => email.row?.dedupeKey);
    const sameIdentity = keys.filter((key, index) => keys.indexOf(key) !== index);
    if (sameIdentity.length) throw new ModelViolation(`two e-mails of one identity arrived: ${sameIdentity.join(', ')}`);
    const sent = (await system.dataSource.query(
      `SELECT id, kind FROM scheduled_emails WHERE (application_id = ANY($1::uuid[]) OR recipient_user_id = $2) AND status = 'sent'`,
      [real.scope.applicationIds, real.scope.userId],
    )) as Array<{ id: string; kind: string }>;
    const delivered = new Set(real.deliveries.map((email) => email.row?.id));
    const unseen = sent.filter((row) => !delivered.has(row.id) && (row.kind.endsWith('_reminder') || row.kind.startsWith('interview_')));
    if (unseen.length) throw new ModelViolation(`rows marked sent that never reached the candidate: ${JSON.stringify(unseen)}`);
  }

  /** Leaves nothing of the run behind that a later run's clock could wake. */
  async function cleanUp(real: Real): Promise<void> {
    const [rows] = (await system.dataSource.query(
      `UPDATE scheduled_emails SET status = 'cancelled', reason = 'the model run ended', lease_until = NULL
        WHERE (application_id = ANY($1::uuid[]) OR recipient_user_id = $2) AND status IN ('scheduled', 'sending') RETURNING id`,
      [real.scope.applicationIds, real.scope.userId],
    )) as [Array<{ id: string }>, number];
    for (const { id } of rows) await system.worker.queue.remove(id).catch(() => undefined);
  }

  /**
   * Histories every run starts with, so the cases the issue names are always
   * covered whatever the seed: an interview recorded after it happened and
   * then completed; a note sent before its reminder; a note that covers one
   * interview while a second ends before the first one's reminder is due;
   * an offer (follow-ups welcome, no reminder needed) and a hire.
   */
  const EXAMPLES: ModelCommand[][] = [
    [new ScheduleInterview(0, -3 * 60, 60), new CompleteInterview(0, 0, 'early', null), new AdvanceClock(15 * DAY_MS), new RelayTwice(), new AdvanceClock(15 * DAY_MS)],
    [new ScheduleInterview(0, -20, 30), new AdvanceClock(10 * 60_000), new CandidateWrites(0, 'thank_you'), new AdvanceClock(3 * 3_600_000), new MoveStage(0, 'offer'), new AdvanceClock(15 * DAY_MS)],
    [new ScheduleInterview(0, -75, 60), new CandidateWrites(0, 'thank_you'), new ScheduleInterview(0, -20, 30), new AdvanceClock(50 * 60_000), new AdvanceClock(3 * 3_600_000)],
    [new ScheduleInterview(0, -3 * 60, 60), new CompleteInterview(0, 0, 'early', 3), new MoveStage(0, 'offer'), new AdvanceClock(15 * DAY_MS), new CandidateWrites(0, 'message'), new MoveStage(0, 'hired'), new AdvanceClock(15 * DAY_MS)],
    [new ScheduleInterview(1, 25 * 60, 60), new RecordContact(1), new AdvanceClock(3 * DAY_MS), new CandidateWrites(1, 'thank_you'), new AdvanceClock(15 * DAY_MS), new CandidateWrites(1, 'message'), new EraseAccount(), new AdvanceClock(15 * DAY_MS)],
  ];
  const totals = new Map<string, number>();

  it(
    `sends each reminder at most once, never after closing, erasure or a note already sent (${RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(commands, async (steps) => {
          const { model, real } = await freshRun();
          try {
            await fc.asyncModelRun(() => ({ model, real }), steps);
            await finish(model, real);
            if (TRACE) console.log(`run: ${String(steps)}`);
            for (const email of real.deliveries) {
              const kind = email.row?.kind ?? 'account e-mail';
              totals.set(kind, (totals.get(kind) ?? 0) + 1);
            }
            totals.set('runs', (totals.get('runs') ?? 0) + 1);
          } catch (error) {
            const log = real.deliveries.map((email) => `${email.row?.kind ?? '?'} ${email.row?.interviewId ?? ''} "${email.message.parsed.subject ?? ''}"`);
            throw new Error(`${(error as Error).message}\nat ${system.clock.now().toISOString()}; model: ${JSON.stringify(model)}\ncandidate's e-mails: ${JSON.stringify(log, null, 1)}`, { cause: error });
          } finally {
            await cleanUp(real);
          }
        }),
        {
          numRuns: RUNS,
          endOnFailure: true,
          examples: EXAMPLES.map((history): [ModelCommand[]] => [history]),
          ...(SEED !== undefined ? { seed: SEED } : {}),
        },
      );
      // What the runs exercised, so a green run is known not to be an empty one.
      console.log(`model runs: ${JSON.stringify(Object.fromEntries([...totals].sort()))}`);
      expect(totals.get('thank_you_reminder') ?? 0).toBeGreaterThan(0);
      expect(totals.get('follow_up_reminder') ?? 0).toBeGreaterThan(0);
    },
    Math.max(120_000, RUNS * 15_000),
  );

  it('checks what it claims: a second thank-you reminder for one interview fails the run', () => {
    const fake = { recipientUserId: 'candidate-1', kind: 'thank_you_reminder', applicationId: 'app-1', interviewId: 'interview-1', id: 'row', dedupeKey: 'k' };
    const heldAt = new Date(START.getTime() - 3 * 3_600_000);
    const model: Model = {
      erasedAt: null,
      applications: [
        {
          id: 'app-1',
          stage: 'interviewed',
          appliedAt: new Date(START.getTime() - 10 * DAY_MS),
          interviews: [{ id: 'interview-1', scheduledAt: heldAt, durationMinutes: 60, status: 'completed', completedAt: new Date(heldAt.getTime() + 3_600_000) }],
          lastEmployerContactAt: null,
          decisionExpectedBy: null,
          thankYouSentAt: null,
          lastFollowUpAt: null,
        },
      ],
    };
    const real = {
      candidate: { id: 'candidate-1', email: 'c@example.com', password: '', token: '' },
      thankYouReminders: new Map<string, number>(),
      followUpCycles: new Map<string, string>(),
      deliveries: [],
    } as unknown as Real;
    const email = { row: fake, message: { envelope: { from: null, to: ['c@example.com'] }, parsed: { messageId: '<m>' }, raw: '' } } as unknown as Parameters<typeof checkDelivered>[2];
    expect(() => checkDelivered(model, real, email, START)).not.toThrow();
    expect(() => checkDelivered(model, real, email, START)).toThrow(/thank-you reminder number 2/);
    model.erasedAt = START;
    expect(() => checkDelivered(model, real, email, START)).toThrow(/after they erased/);
  });
});

/*
 * The e-mail model: what a candidate's applications look like (stages,
 * interviews, contacts, notes sent), the steps a recruiter, the candidate and
 * time can take, what the API must answer to each, and what may arrive at the
 * SMTP server. The commands drive the real API over HTTP and the real worker
 * through its relay and queue; the model only predicts and checks.
 */
import {
  adviseFollowUp,
  adviseThankYou,
  canTransition,
  DAY_MS,
  HOUR_MS,
  interviewEnd,
  isClosedStage,
  isHeld,
  MINUTE_MS,
  toApplicationFacts,
  type ApplicationFacts,
  type ApplicationStage,
} from '@nextstep/guidance';
import type fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import type { DeliveredEmail, Scope, System } from '../testing/system';

export interface ModelInterview {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  status: 'scheduled' | 'completed' | 'cancelled';
  completedAt: Date | null;
}

export interface ModelApplication {
  id: string;
  stage: ApplicationStage;
  appliedAt: Date;
  interviews: ModelInterview[];
  lastEmployerContactAt: Date | null;
  decisionExpectedBy: Date | null;
  thankYouSentAt: Date | null;
  lastFollowUpAt: Date | null;
}

export interface Model {
  applications: ModelApplication[];
  erasedAt: Date | null;
}

/** The system under test for one run, and what the run has seen so far. */
export interface Real {
  system: System;
  candidate: { id: string; email: string; password: string; token: string };
  recruiterToken: string;
  scope: Scope;
  /** Index into the SMTP log of the first message not yet checked. */
  checked: number;
  /** Thank-you reminders delivered, by interview id. */
  thankYouReminders: Map<string, number>;
  /** Follow-up reminders delivered, by follow-up cycle. */
  followUpCycles: Map<string, string>;
  /** Every message of this run that concerns the candidate, for the end-of-run checks. */
  deliveries: DeliveredEmail[];
  /** MODEL_TRACE=1 prints what each step took. */
  trace?: (line: string) => void;
}

export type ModelCommand = fc.AsyncCommand<Model, Real>;

const STAFF_MOVES: readonly ApplicationStage[] = ['screening', 'interview_scheduled', 'interviewed', 'offer', 'hired', 'rejected', 'withdrawn'];

/** Minutes relative to "now": long past, just past, running right now, soon, tomorrow, later. */
export const INTERVIEW_OFFSETS_MIN = [-4 * 24 * 60, -26 * 60, -3 * 60, -75, -20, 20, 2 * 60, 25 * 60, 3 * 24 * 60] as const;
export const ADVANCES_MS = [10 * MINUTE_MS, 50 * MINUTE_MS, 3 * HOUR_MS, 20 * HOUR_MS, 3 * DAY_MS, 8 * DAY_MS, 15 * DAY_MS] as const;
export const COMPLETIONS = ['now', 'scheduled-end', 'early'] as const;
export type Completion = (typeof COMPLETIONS)[number];

function facts(application: ModelApplication): ApplicationFacts {
  return toApplicationFacts({ ...application, status: application.stage }, application.interviews);
}

function minutes(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return abs % (24 * 60) === 0 ? `${sign}${abs / (24 * 60)}d` : abs % 60 === 0 ? `${sign}${abs / 60}h` : `${sign}${abs}min`;
}

function duration(ms: number): string {
  return ms % DAY_MS === 0 ? `${ms / DAY_MS}d` : ms % HOUR_MS === 0 ? `${ms / HOUR_MS}h` : `${ms / MINUTE_MS}min`;
}

/** A failed expectation, with what the run had done and seen so far. */
export class ModelViolation extends Error {}

function expectAnswer(what: string, res: LightMyRequestResponse, status: number, code?: string): void {
  const body = res.body.length > 600 ? `${res.body.slice(0, 600)}…` : res.body;
  if (res.statusCode !== status) throw new ModelViolation(`${what}: expected ${status}${code ? ` ${code}` : ''}, got ${res.statusCode} ${body}`);
  if (code) {
    const actual = (res.json() as { code?: string }).code;
    if (actual !== code) throw new ModelViolation(`${what}: expected code ${code}, got ${actual} (${body})`);
  }
}

interface DetailBody {
  status: ApplicationStage;
  interviews: Array<{ id: string; status: string; scheduledAt: string; completedAt: string | null }>;
}

/** The API's answer must describe the same application as the model (catches a model that drifted, too). */
function expectSameApplication(what: string, application: ModelApplication, res: LightMyRequestResponse): void {
  const detail = res.json<DetailBody>();
  const mine = application.interviews.map((i) => `${i.id}:${i.status}:${i.scheduledAt.toISOString()}:${i.completedAt?.toISOString() ?? '-'}`).sort();
  const theirs = detail.interviews.map((i) => `${i.id}:${i.status}:${new Date(i.scheduledAt).toISOString()}:${i.completedAt ? new Date(i.completedAt).toISOString() : '-'}`).sort();
  if (detail.status !== application.stage || JSON.stringify(mine) !== JSON.stringify(theirs)) {
    throw new ModelViolation(`${what}: the API says ${detail.status} ${JSON.stringify(theirs)}, the model ${application.stage} ${JSON.stringify(mine)}`);
  }
}

/** The follow-up cycle an e-mail sent now belongs to: the latest held interview, or a contact recorded after it. */
export function followUpCycle(application: ModelApplication, now: Date): string | null {
  const held = application.interviews
    .filter((interview) => interview.status !== 'cancelled' && isHeld(interview, now))
    .sort((a, b) => interviewEnd(b).getTime() - interviewEnd(a).getTime())[0];
  if (!held) return null;
  const contact = application.lastEmployerContactAt;
  return contact && contact.getTime() > interviewEnd(held).getTime() ? `contact ${contact.toISOString()}` : `interview ${held.id}`;
}

/**
 * Settles the system at the current time, then checks every message that
 * arrived meanwhile against the model as it is now (nothing was in flight
 * when the step began, so this is the state the worker decided on).
 */
export async function observe(m: Model, r: Real): Promise<void> {
  const started = Date.now();
  await r.system.settle(r.scope);
  r.trace?.(`settled in ${Date.now() - started} ms, ${r.system.sink.received.length - r.checked} new e-mails`);
  const now = r.system.clock.now();
  const delivered = await r.system.deliveredSince(r.checked);
  r.checked += delivered.length;
  for (const email of delivered) checkDelivered(m, r, email, now);
}

export function checkDelivered(m: Model, r: Real, email: DeliveredEmail, now: Date): void {
  const { row, message } = email;
  const toCandidate = row?.recipientUserId === r.candidate.id || message.envelope.to.some((to) => to.toLowerCase() === r.candidate.email.toLowerCase());
  if (!toCandidate) return;
  r.deliveries.push(email);
  const what = `${row?.kind ?? 'an e-mail'} ${message.parsed.messageId ?? ''} at ${now.toISOString()}`;
  if (m.erasedAt) throw new ModelViolation(`${what} reached the candidate after they erased their account (${m.erasedAt.toISOString()})`);
  // Account e-mails (address confirmation, password reset) have their own path; only erasure applies to them.
  if (!row) return;
  const application = m.applications.find((candidateApplication) => candidateApplication.id === row.applicationId);
  if (!application) throw new ModelViolation(`${what} is about application ${row.applicationId}, which is not this candidate's`);

  switch (row.kind) {
    case 'thank_you_reminder': {
      const interviewId = row.interviewId ?? '(none)';
      const count = (r.thankYouReminders.get(interviewId) ?? 0) + 1;
      r.thankYouReminders.set(interviewId, count);
      if (count > 1) throw new ModelViolation(`${what}: thank-you reminder number ${count} for interview ${interviewId}`);
      const advice = adviseThankYou(facts(application), now);
      if (advice.code !== 'SEND_THANK_YOU') throw new ModelViolation(`${what}: sent while the guidance says ${advice.code} (stage ${application.stage})`);
      const interview = application.interviews.find((candidate) => candidate.id === row.interviewId);
      if (!interview || interview.status === 'cancelled' || !isHeld(interview, now)) {
        throw new ModelViolation(`${what}: interview ${interviewId} is ${interview ? `${interview.status}, held: ${interview && isHeld(interview, now)}` : 'unknown'}`);
      }
      const thanked = application.thankYouSentAt;
      if (thanked && thanked.getTime() >= interviewEnd(interview).getTime()) {
        throw new ModelViolation(
          `${what}: the candidate already thanked for interview ${interview.id} (ended ${interviewEnd(interview).toISOString()}, note sent ${thanked.toISOString()})`,
        );
      }
      return;
    }
    case 'follow_up_reminder': {
      const advice = adviseFollowUp(facts(application), now);
      if (advice.code !== 'FOLLOW_UP_NOW') throw new ModelViolation(`${what}: sent while the guidance says ${advice.code} (stage ${application.stage})`);
      const cycle = followUpCycle(application, now) ?? '(no cycle)';
      const earlier = r.followUpCycles.get(`${application.id} ${cycle}`);
      if (earlier) throw new ModelViolation(`${what}: a second follow-up reminder in the cycle of ${cycle} (the first: ${earlier})`);
      r.followUpCycles.set(`${application.id} ${cycle}`, what);
      return;
    }
    case 'interview_reminder':
    case 'interview_confirmation':
      if (isClosedStage(application.stage)) throw new ModelViolation(`${what}: the application is ${application.stage}`);
      return;
    default:
      // Notices the model does not predict (cancellations, stage news, confirmations of an application): only erasure applies.
      return;
  }
}

function pickInterview(application: ModelApplication, pick: number): ModelInterview | undefined {
  return application.interviews.length ? application.interviews[pick % application.interviews.length] : undefined;
}

function applicationAt(m: Readonly<Model>, index: number): ModelApplication {
  const application = m.applications[index % m.applications.length];
  if (!application) throw new Error('the model has no applications');
  return application;
}

/** A recruiter records an interview, in the past, under way, or ahead. */
export class ScheduleInterview implements ModelCommand {
  constructor(
    readonly app: number,
    readonly offsetMin: number,
    readonly durationMinutes: number,
  ) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const application = applicationAt(m, this.app);
    const scheduledAt = new Date(r.system.clock.now().getTime() + this.offsetMin * MINUTE_MS);
    const res = await r.system.api.request('POST', `/api/applications/${application.id}/interviews`, {
      token: r.recruiterToken,
      body: { scheduledAt: scheduledAt.toISOString(), durationMinutes: this.durationMinutes, mode: 'video', interviewerName: 'Morgan Hale' },
    });
    if (isClosedStage(application.stage)) expectAnswer(this.toString(), res, 409, 'APPLICATION_CLOSED');
    else if (application.stage !== 'interview_scheduled' && !canTransition(application.stage, 'interview_scheduled')) {
      expectAnswer(this.toString(), res, 409, 'INVALID_TRANSITION');
    } else {
      expectAnswer(this.toString(), res, 201);
      const known = new Set(application.interviews.map((interview) => interview.id));
      const created = res.json<DetailBody>().interviews.find((interview) => !known.has(interview.id));
      if (!created) throw new ModelViolation(`${this.toString()}: the answer lists no new interview`);
      application.interviews.push({ id: created.id, scheduledAt, durationMinutes: this.durationMinutes, status: 'scheduled', completedAt: null });
      application.stage = 'interview_scheduled';
      expectSameApplication(this.toString(), application, res);
    }
    await observe(m, r);
  }
  toString = (): string => `schedule(app${this.app}, ${minutes(this.offsetMin)}, ${this.durationMinutes}min)`;
}

export class RescheduleInterview implements ModelCommand {
  constructor(
    readonly app: number,
    readonly pick: number,
    readonly offsetMin: number,
  ) {}
  check = (m: Readonly<Model>): boolean => applicationAt(m, this.app).interviews.length > 0;
  async run(m: Model, r: Real): Promise<void> {
    const application = applicationAt(m, this.app);
    const interview = pickInterview(application, this.pick);
    if (!interview) return;
    const scheduledAt = new Date(r.system.clock.now().getTime() + this.offsetMin * MINUTE_MS);
    const res = await r.system.api.request('PATCH', `/api/interviews/${interview.id}`, {
      token: r.recruiterToken,
      body: { scheduledAt: scheduledAt.toISOString() },
    });
    if (interview.status !== 'scheduled') expectAnswer(this.toString(), res, 409, 'INTERVIEW_NOT_SCHEDULED');
    else {
      expectAnswer(this.toString(), res, 200);
      interview.scheduledAt = scheduledAt;
      expectSameApplication(this.toString(), application, res);
    }
    await observe(m, r);
  }
  toString = (): string => `reschedule(app${this.app}, interview#${this.pick}, ${minutes(this.offsetMin)})`;
}

export class CancelInterview implements ModelCommand {
  constructor(
    readonly app: number,
    readonly pick: number,
  ) {}
  check = (m: Readonly<Model>): boolean => applicationAt(m, this.app).interviews.length > 0;
  async run(m: Model, r: Real): Promise<void> {
    const application = applicationAt(m, this.app);
    const interview = pickInterview(application, this.pick);
    if (!interview) return;
    const res = await r.system.api.request('DELETE', `/api/interviews/${interview.id}`, { token: r.recruiterToken });
    if (interview.status !== 'scheduled') expectAnswer(this.toString(), res, 409, 'INTERVIEW_NOT_SCHEDULED');
    else {
      expectAnswer(this.toString(), res, 200);
      interview.status = 'cancelled';
      const stillScheduled = application.interviews.some((other) => other.status === 'scheduled');
      if (application.stage === 'interview_scheduled' && !stillScheduled) {
        application.stage = application.interviews.some((other) => other.status === 'completed') ? 'interviewed' : 'screening';
      }
      expectSameApplication(this.toString(), application, res);
    }
    await observe(m, r);
  }
  toString = (): string => `cancel(app${this.app}, interview#${this.pick})`;
}

export class CompleteInterview implements ModelCommand {
  constructor(
    readonly app: number,
    readonly pick: number,
    readonly completion: Completion,
    readonly decisionDays: number | null,
  ) {}
  check = (m: Readonly<Model>): boolean => applicationAt(m, this.app).interviews.length > 0;
  async run(m: Model, r: Real): Promise<void> {
    const application = applicationAt(m, this.app);
    const interview = pickInterview(application, this.pick);
    if (!interview) return;
    const now = r.system.clock.now();
    const completedAt =
      this.completion === 'now'
        ? now
        : this.completion === 'scheduled-end'
          ? new Date(interview.scheduledAt.getTime() + interview.durationMinutes * MINUTE_MS)
          : new Date(interview.scheduledAt.getTime() + 10 * MINUTE_MS);
    const decision = this.decisionDays === null ? null : new Date(completedAt.getTime() + this.decisionDays * DAY_MS);
    const res = await r.system.api.request('POST', `/api/interviews/${interview.id}/complete`, {
      token: r.recruiterToken,
      body: {
        ...(this.completion === 'now' ? {} : { completedAt: completedAt.toISOString() }),
        ...(decision ? { decisionExpectedBy: decision.toISOString() } : {}),
      },
    });
    if (interview.status !== 'scheduled') expectAnswer(this.toString(), res, 409, 'INTERVIEW_NOT_SCHEDULED');
    else if (completedAt.getTime() > now.getTime() || completedAt.getTime() < interview.scheduledAt.getTime()) {
      expectAnswer(this.toString(), res, 400);
    } else {
      expectAnswer(this.toString(), res, 200);
      interview.status = 'completed';
      interview.completedAt = completedAt;
      if (decision) application.decisionExpectedBy = decision;
      if (application.stage === 'interview_scheduled' && !application.interviews.some((other) => other.status === 'scheduled')) {
        application.stage = 'interviewed';
      }
      expectSameApplication(this.toString(), application, res);
    }
    await observe(m, r);
  }
  toString = (): string =>
    `complete(app${this.app}, interview#${this.pick}, ${this.completion}${this.decisionDays === null ? '' : `, decision in ${this.decisionDays}d`})`;
}

/**
 * What recruiters often do: log an interview after it took place, then mark
 * it completed (the issue's double thank-you began this way). Two steps,
 * each checked as above; together they make deeper histories likelier.
 */
export class RecordHeldInterview implements ModelCommand {
  private readonly schedule: ScheduleInterview;
  private complete: CompleteInterview | null = null;
  constructor(
    readonly app: number,
    readonly offsetMin: number,
    readonly completion: Completion,
    readonly decisionDays: number | null,
  ) {
    this.schedule = new ScheduleInterview(app, offsetMin, 60);
  }
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const application = applicationAt(m, this.app);
    const before = application.interviews.length;
    await this.schedule.run(m, r);
    if (application.interviews.length === before) return;
    this.complete = new CompleteInterview(this.app, before, this.completion, this.decisionDays);
    await this.complete.run(m, r);
  }
  toString = (): string => `${this.schedule.toString()} then ${this.complete?.toString() ?? `complete(${this.completion})`}`;
}

/** The agency told the candidate where they stand: a new follow-up cycle. */
export class RecordContact implements ModelCommand {
  constructor(readonly app: number) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const application = applicationAt(m, this.app);
    const res = await r.system.api.request('POST', `/api/applications/${application.id}/contacts`, {
      token: r.recruiterToken,
      body: { channel: 'phone', summary: 'Told the candidate the employer is still deciding.' },
    });
    if (isClosedStage(application.stage)) expectAnswer(this.toString(), res, 409, 'APPLICATION_CLOSED');
    else {
      expectAnswer(this.toString(), res, 201);
      application.lastEmployerContactAt = r.system.clock.now();
      expectSameApplication(this.toString(), application, res);
    }
    await observe(m, r);
  }
  toString = (): string => `contact(app${this.app})`;
}

/** The stages a recruiter may move to through the transition route (interview stages have their own routes, withdrawal is the candidate's). */
const STAFF_TARGETS: readonly ApplicationStage[] = ['screening', 'offer', 'hired', 'rejected'];

/**
 * A recruiter moves the stage; the transition table (and the interview
 * routes) decide. `to` is a stage, which may well be refused, or `next #k`:
 * the k-th move the table allows from wherever the application is by then,
 * so offers and hires happen often enough to matter.
 */
export class MoveStage implements ModelCommand {
  private resolved: ApplicationStage | null = null;
  constructor(
    readonly app: number,
    readonly to: ApplicationStage | { next: number },
  ) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    const application = applicationAt(m, this.app);
    const allowed = STAFF_TARGETS.filter((stage) => canTransition(application.stage, stage));
    const to = typeof this.to === 'string' ? this.to : (allowed[this.to.next % Math.max(1, allowed.length)] ?? 'screening');
    this.resolved = to;
    const res = await r.system.api.request('POST', `/api/applications/${application.id}/transitions`, {
      token: r.recruiterToken,
      body: { to },
    });
    if (to === 'withdrawn') expectAnswer(this.toString(), res, 409, 'CANDIDATE_ONLY');
    else if (to === 'interview_scheduled' || to === 'interviewed') expectAnswer(this.toString(), res, 409, 'USE_INTERVIEW_ROUTES');
    else if (!canTransition(application.stage, to)) expectAnswer(this.toString(), res, 409, 'INVALID_TRANSITION');
    else {
      expectAnswer(this.toString(), res, 200);
      application.stage = to;
      expectSameApplication(this.toString(), application, res);
    }
    await observe(m, r);
  }
  toString = (): string =>
    typeof this.to === 'string' ? `move(app${this.app}, ${this.to})` : `move(app${this.app}, allowed move #${this.to.next}${this.resolved ? ` = ${this.resolved}` : ''})`;
}

export class Withdraw implements ModelCommand {
  constructor(readonly app: number) {}
  check = (m: Readonly<Model>): boolean => m.erasedAt === null;
  async run(m: Model, r: Real): Promise<void> {
    const application = applicationAt(m, this.app);
    const res = await r.system.api.request('POST', `/api/applications/${application.id}/withdraw`, { token: r.candidate.token, body: {} });
    if (!canTransition(application.stage, 'withdrawn')) expectAnswer(this.toString(), res, 409, 'INVALID_TRANSITION');
    else {
      expectAnswer(this.toString(), res, 200);
      application.stage = 'withdrawn';
      expectSameApplication(this.toString(), application, res);
    }
    await observe(m, r);
  }
  toString = (): string => `withdraw(app${this.app})`;
}

/** The candidate sends a thank-you note or a follow-up message; the server refuses what the guidance refuses. */
export class CandidateWrites implements ModelCommand {
  constructor(
    readonly app: number,
    readonly kind: 'thank_you' | 'message',
  ) {}
  check = (m: Readonly<Model>): boolean => m.erasedAt === null;
  async run(m: Model, r: Real): Promise<void> {
    const application = applicationAt(m, this.app);
    const now = r.system.clock.now();
    const advice = this.kind === 'thank_you' ? adviseThankYou(facts(application), now) : adviseFollowUp(facts(application), now);
    const res = await r.system.api.request('POST', `/api/applications/${application.id}/follow-ups`, {
      token: r.candidate.token,
      body: {
        kind: this.kind,
        body: this.kind === 'thank_you' ? 'Thank you for your time today; I enjoyed hearing about the team.' : 'Is there any news about my application?',
      },
    });
    if (!advice.allowed) expectAnswer(`${this.toString()} (guidance: ${advice.code})`, res, 409, advice.code);
    else {
      expectAnswer(`${this.toString()} (guidance: ${advice.code})`, res, 201);
      if (this.kind === 'thank_you') application.thankYouSentAt = now;
      else application.lastFollowUpAt = now;
    }
    await observe(m, r);
  }
  toString = (): string => `candidate sends ${this.kind === 'thank_you' ? 'a thank-you' : 'a follow-up'} (app${this.app})`;
}

export class EraseAccount implements ModelCommand {
  check = (m: Readonly<Model>): boolean => m.erasedAt === null;
  async run(m: Model, r: Real): Promise<void> {
    const res = await r.system.api.request('DELETE', '/api/me', { token: r.candidate.token, body: { password: r.candidate.password } });
    expectAnswer(this.toString(), res, 204);
    m.erasedAt = r.system.clock.now();
    await observe(m, r);
  }
  toString = (): string => 'candidate erases the account';
}

/** Time passes: what falls due is sent (the settle promotes due jobs by the injected clock). */
export class AdvanceClock implements ModelCommand {
  constructor(readonly ms: number) {}
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    r.system.clock.advance(this.ms);
    await observe(m, r);
  }
  toString = (): string => `advance ${duration(this.ms)}`;
}

/** Every event of the run relayed again, by two relays at once: replanning must add nothing. */
export class RelayTwice implements ModelCommand {
  check = (): boolean => true;
  async run(m: Model, r: Real): Promise<void> {
    await r.system.dataSource.query(
      `UPDATE outbox_events SET processed_at = NULL
        WHERE application_id = ANY($1::uuid[]) OR (type = 'candidate.erased' AND payload->>'userId' = $2)`,
      [r.scope.applicationIds, r.scope.userId],
    );
    await Promise.all([r.system.worker.relay.relayBatch(), r.system.worker.relay.relayBatch()]);
    await observe(m, r);
  }
  toString = (): string => 'relay every event again, twice at once';
}

export { STAFF_MOVES };

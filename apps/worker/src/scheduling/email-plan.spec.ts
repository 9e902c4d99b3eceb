import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { followUpCycleOf, planInterviewNotice, planRecomputedEmails, reconcilePending, type PendingEmail, type PlanInput, type PlannedEmail, type PlannedInterview } from './email-plan';

const MINUTE = 60_000;
const DAY = 86_400_000;
const now = new Date('2026-11-25T18:00:00Z'); // Wednesday, 12:00 in Chicago

function input(overrides: Partial<PlanInput['application']> = {}, interviews: PlannedInterview[] = [], sendWindow: 'always' | 'business-hours' = 'always'): PlanInput {
  return {
    application: {
      id: 'app-1',
      status: 'interviewed',
      appliedAt: new Date(now.getTime() - 30 * DAY),
      lastEmployerContactAt: null,
      decisionExpectedBy: null,
      thankYouSentAt: null,
      lastFollowUpAt: null,
      ...overrides,
    },
    interviews,
    candidate: { timeZone: 'America/Chicago', erased: false },
    settings: { followUpAfterDays: 14, thankYouDelayMinutes: 60, sendWindow },
    now,
  };
}

const completed = (endedAt: Date): PlannedInterview => ({
  id: 'int-1',
  scheduledAt: new Date(endedAt.getTime() - 60 * MINUTE),
  durationMinutes: 60,
  status: 'completed',
  completedAt: endedAt,
  sequence: 1,
});

describe('planRecomputedEmails', () => {
  it('plans the thank-you at interview end + delay and the follow-up at the due time', () => {
    const end = new Date(now.getTime() - 10 * MINUTE);
    const plan = planRecomputedEmails(input({}, [completed(end)]));
    expect(plan.map((email) => [email.kind, email.sendAt.toISOString()])).toEqual([
      ['thank_you_reminder', new Date(end.getTime() + 60 * MINUTE).toISOString()],
      ['follow_up_reminder', new Date(end.getTime() + 14 * DAY).toISOString()],
    ]);
  });

  it('moves the follow-up into business hours in the candidate time zone', () => {
    // Ends Saturday 2026-11-07 12:00 CST, due Saturday 2026-11-21 → Monday 09:00 CST.
    const plan = planRecomputedEmails(input({}, [completed(new Date('2026-11-07T18:00:00Z'))], 'business-hours'));
    expect(plan.find((email) => email.kind === 'follow_up_reminder')?.sendAt.toISOString()).toBe('2026-11-23T15:00:00.000Z');
  });

  it('plans nothing for a closed application or an erased candidate', () => {
    const interviews = [completed(new Date(now.getTime() - DAY))];
    for (const status of ['withdrawn', 'rejected', 'hired'] as const) expect(planRecomputedEmails(input({ status }, interviews))).toEqual([]);
    expect(planRecomputedEmails({ ...input({}, interviews), candidate: { timeZone: 'UTC', erased: true } })).toEqual([]);
  });

  it('plans the 24-hour reminder only for an interview more than 24 hours ahead', () => {
    const upcoming = (hours: number): PlannedInterview => ({
      id: `int-${hours}`,
      scheduledAt: new Date(now.getTime() + hours * 3_600_000),
      durationMinutes: 30,
      status: 'scheduled',
      completedAt: null,
      sequence: 0,
    });
    const plan = planRecomputedEmails(input({ status: 'interview_scheduled' }, [upcoming(48), upcoming(10)]));
    expect(plan.filter((email) => email.kind === 'interview_reminder').map((email) => email.interviewId)).toEqual(['int-48']);
  });

  it('a recorded contact moves the follow-up (a new dedupe key)', () => {
    const interviews = [completed(new Date(now.getTime() - 13 * DAY))];
    const before = planRecomputedEmails(input({}, interviews)).find((email) => email.kind === 'follow_up_reminder');
    const after = planRecomputedEmails(input({ lastEmployerContactAt: now }, interviews)).find((email) => email.kind === 'follow_up_reminder');
    expect(after?.sendAt.toISOString()).toBe(new Date(now.getTime() + 14 * DAY).toISOString());
    expect(after?.dedupeKey).not.toBe(before?.dedupeKey);
  });
});

describe('planInterviewNotice', () => {
  const future: PlannedInterview = { id: 'int-9', scheduledAt: new Date(now.getTime() + 3 * DAY), durationMinutes: 45, status: 'scheduled', completedAt: null, sequence: 2 };
  const base = input({ status: 'interview_scheduled' });

  it('confirms a scheduled or moved interview once per version', () => {
    expect(planInterviewNotice('interview.rescheduled', future, base)?.dedupeKey).toBe('interview_confirmation:int-9:2');
  });

  it('sends no invitation for an interview recorded after it took place, and a notice for a cancellation', () => {
    const past = { ...future, scheduledAt: new Date(now.getTime() - DAY) };
    expect(planInterviewNotice('interview.scheduled', past, base)).toBeNull();
    expect(planInterviewNotice('interview.cancelled', { ...future, status: 'cancelled' }, base)?.kind).toBe('interview_cancelled');
  });
});

describe('e-mail identity', () => {
  const held = (id: string, endedAt: Date, completed = true): PlannedInterview => ({
    id,
    scheduledAt: new Date(endedAt.getTime() - 60 * MINUTE),
    durationMinutes: 60,
    status: completed ? 'completed' : 'scheduled',
    completedAt: completed ? endedAt : null,
    sequence: 0,
  });
  const keys = (plan: PlannedEmail[]) => Object.fromEntries(plan.map((email) => [email.kind, email.dedupeKey]));

  it('names the interview and the follow-up cycle, so a moved end or a new decision date keeps the same keys', () => {
    const end = new Date(now.getTime() - 2 * DAY);
    const recordedLate = keys(planRecomputedEmails(input({}, [held('int-1', end, false)])));
    const completedLater = keys(planRecomputedEmails(input({ decisionExpectedBy: new Date(now.getTime() + 20 * DAY) }, [held('int-1', new Date(end.getTime() + 45 * MINUTE))])));
    expect(completedLater).toEqual(recordedLate);
    expect(recordedLate['thank_you_reminder']).toBe('thank_you_reminder:int-1');
    expect(recordedLate['follow_up_reminder']).toBe('follow_up_reminder:app-1:interview:int-1');
  });

  it('starts a new follow-up cycle with a contact recorded after the interview, or with another round', () => {
    const end = new Date(now.getTime() - 5 * DAY);
    const contact = new Date(now.getTime() - DAY);
    expect(keys(planRecomputedEmails(input({ lastEmployerContactAt: contact }, [held('int-1', end)])))['follow_up_reminder']).toBe(
      `follow_up_reminder:app-1:contact:${contact.toISOString()}`,
    );
    // A contact before the interview is not a new cycle.
    expect(followUpCycleOf(input({ lastEmployerContactAt: new Date(end.getTime() - DAY) }, [held('int-1', end)]))).toEqual({ kind: 'interview', interviewId: 'int-1' });
    expect(followUpCycleOf(input({}, [held('int-1', end), held('int-2', new Date(now.getTime() - DAY))]))).toEqual({ kind: 'interview', interviewId: 'int-2' });
  });
});

describe('reconcilePending', () => {
  const at = (minutes: number) => new Date(now.getTime() + minutes * MINUTE);
  const planned = (key: string, sendAt: Date): PlannedEmail => ({ kind: 'thank_you_reminder', interviewId: 'int-1', sendAt, dedupeKey: key });
  const pending = (id: string, key: string, sendAt: Date, status: 'scheduled' | 'sending' = 'scheduled'): PendingEmail => ({
    id,
    kind: 'thank_you_reminder',
    interviewId: 'int-1',
    dedupeKey: key,
    sendAt,
    status,
  });

  it('keeps a row planned at the same time, replaces one planned at another time, cancels one no longer planned', () => {
    expect(reconcilePending([pending('r1', 'k', at(5))], [planned('k', at(5))])).toEqual({ cancel: [], insert: [] });
    expect(reconcilePending([pending('r1', 'k', at(5))], [planned('k', at(9))])).toEqual({ cancel: [{ id: 'r1', rescheduled: true }], insert: [planned('k', at(9))] });
    expect(reconcilePending([pending('r1', 'k', at(5))], [])).toEqual({ cancel: [{ id: 'r1', rescheduled: false }], insert: [] });
  });

  it('keeps the row of an e-mail sent as soon as planned when its event is relayed again later', () => {
    const notice: PlannedEmail = { ...planned('k', at(3)), immediate: true };
    expect(reconcilePending([pending('r1', 'k', at(0))], [notice])).toEqual({ cancel: [], insert: [] });
  });

  it('lets a row that is being sent finish rather than queue its identity again', () => {
    expect(reconcilePending([pending('r1', 'k', at(-1), 'sending')], [planned('k', at(9))])).toEqual({ cancel: [], insert: [] });
  });

  it('never plans one identity twice, whatever the rows and the plan', () => {
    const key = fc.constantFrom('a', 'b', 'c');
    const time = fc.integer({ min: -3, max: 3 }).map(at);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ key, time, sending: fc.boolean() }), { selector: (row) => row.key }),
        fc.uniqueArray(fc.record({ key, time }), { selector: (email) => email.key }),
        (rows, plan) => {
          const pendingRows = rows.map((row, index) => pending(`r${index}`, row.key, row.time, row.sending ? 'sending' : 'scheduled'));
          const { cancel, insert } = reconcilePending(pendingRows, plan.map((email) => planned(email.key, email.time)));
          const cancelled = new Set(cancel.map((row) => row.id));
          const live = [...pendingRows.filter((row) => !cancelled.has(row.id)).map((row) => row.dedupeKey), ...insert.map((email) => email.dedupeKey)];
          expect(new Set(live).size).toBe(live.length);
          // Every planned identity ends up pending exactly once.
          expect(new Set(live)).toEqual(new Set(plan.map((email) => email.key)));
        },
      ),
    );
  });
});

/**
 * The facts the guidance rules reason about, the tunable policy, and the small
 * helpers every rule shares. Nothing here reads the clock: `now` is always
 * passed in so the same inputs always give the same advice.
 */

export type ApplicationStage =
  | 'applied'
  | 'screening'
  | 'interview_scheduled'
  | 'interviewed'
  | 'offer'
  | 'hired'
  | 'rejected'
  | 'withdrawn';

export const APPLICATION_STAGES: readonly ApplicationStage[] = Object.freeze([
  'applied',
  'screening',
  'interview_scheduled',
  'interviewed',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const);

export type ClosedStage = 'hired' | 'rejected' | 'withdrawn';
export type OpenStage = Exclude<ApplicationStage, ClosedStage>;

export const CLOSED_STAGES: readonly ClosedStage[] = Object.freeze([
  'hired',
  'rejected',
  'withdrawn',
] as const);

export const OPEN_STAGES: readonly OpenStage[] = Object.freeze([
  'applied',
  'screening',
  'interview_scheduled',
  'interviewed',
  'offer',
] as const);

export function isClosedStage(stage: ApplicationStage): stage is ClosedStage {
  return (CLOSED_STAGES as readonly ApplicationStage[]).includes(stage);
}

export function isApplicationStage(value: unknown): value is ApplicationStage {
  return (APPLICATION_STAGES as readonly unknown[]).includes(value);
}

export interface InterviewFact {
  scheduledAt: Date;
  durationMinutes: number;
  completedAt?: Date | null;
}

export interface ApplicationFacts {
  stage: ApplicationStage;
  appliedAt: Date;
  interviews: InterviewFact[];
  /** The agency/employer told the candidate something. */
  lastEmployerContactAt?: Date | null;
  /** The "next steps" date given at the interview. */
  decisionExpectedBy?: Date | null;
  thankYouSentAt?: Date | null;
  /** The candidate's last call/message to the agency. */
  lastFollowUpAt?: Date | null;
}

/** An application as stored, with the fields the rules read. */
export interface StoredApplication {
  status: ApplicationStage;
  appliedAt: Date;
  lastEmployerContactAt?: Date | null;
  decisionExpectedBy?: Date | null;
  thankYouSentAt?: Date | null;
  lastFollowUpAt?: Date | null;
}

/** An interview as stored; `status` is e.g. scheduled, completed or cancelled. */
export interface StoredInterview extends InterviewFact {
  status: string;
}

/**
 * The facts the rules decide on, from an application and its interviews as
 * stored. The API and the worker both use it, so they can never disagree on
 * what counts: a cancelled interview never happened.
 */
export function toApplicationFacts(application: StoredApplication, interviews: readonly StoredInterview[]): ApplicationFacts {
  return {
    stage: application.status,
    appliedAt: application.appliedAt,
    interviews: interviews
      .filter((interview) => interview.status !== 'cancelled')
      .map((interview) => ({ scheduledAt: interview.scheduledAt, durationMinutes: interview.durationMinutes, completedAt: interview.completedAt ?? null })),
    lastEmployerContactAt: application.lastEmployerContactAt ?? null,
    decisionExpectedBy: application.decisionExpectedBy ?? null,
    thankYouSentAt: application.thankYouSentAt ?? null,
    lastFollowUpAt: application.lastFollowUpAt ?? null,
  };
}

export interface GuidancePolicy {
  followUpAfterDays: number;
  thankYouWithinHours: number;
  minDaysBetweenFollowUps: number;
}

/**
 * An answer to "may the candidate do this now?". `code` values are stable
 * SCREAMING_SNAKE strings: the API returns them in 409 bodies and the web
 * client switches on them, so never rename one.
 *
 * - `earliestAt`: for advice that is not allowed, the earliest instant at which
 *   the answer is expected to change (always later than `now`), or `null` when
 *   no such time is known. Always `null` for allowed advice.
 * - `dueAt`: the instant the action becomes due (follow-up) or should have been
 *   done by (thank-you); filled whenever a held interview exists, whatever the
 *   code, so screens can show the schedule. `allowed` and `code` decide.
 */
export interface Advice<C> {
  allowed: boolean;
  code: C;
  message: string;
  earliestAt: Date | null;
  dueAt: Date | null;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
/** Policy days are exact 24-hour days, not calendar days, so DST never stretches them. */
export const DAY_MS = 86_400_000;

export const DEFAULT_POLICY: Readonly<GuidancePolicy> = Object.freeze({
  followUpAfterDays: 14,
  thankYouWithinHours: 24,
  minDaysBetweenFollowUps: 7,
});

const POLICY_FIELDS: readonly (keyof GuidancePolicy)[] = [
  'followUpAfterDays',
  'thankYouWithinHours',
  'minDaysBetweenFollowUps',
];

/**
 * Lays `overrides` over {@link DEFAULT_POLICY}. A field that is missing or
 * `undefined` keeps its default. A value that is not a finite, non-negative
 * number throws a `RangeError` naming the field, because a NaN or negative
 * delay would silently turn every "wait" into "go ahead".
 */
export function resolvePolicy(overrides?: Partial<GuidancePolicy> | null): Readonly<GuidancePolicy> {
  if (overrides === undefined || overrides === null) return DEFAULT_POLICY;
  const resolved: GuidancePolicy = { ...DEFAULT_POLICY };
  for (const field of POLICY_FIELDS) {
    const value: unknown = overrides[field];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new RangeError(
        `Invalid guidance policy: ${field} must be a finite number of 0 or more, got ${String(value)}`,
      );
    }
    resolved[field] = value;
  }
  return Object.freeze(resolved);
}

export function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** Rejecting bad dates early matters: comparisons with NaN are all false, which would read as "go ahead". */
export function assertValidDate(value: unknown, name: string): asserts value is Date {
  if (!isValidDate(value)) {
    throw new RangeError(`${name} must be a valid Date, got ${String(value)}`);
  }
}

function assertOptionalDate(value: unknown, name: string): void {
  if (value !== undefined && value !== null) assertValidDate(value, name);
}

/** Throws a `RangeError` naming the first field that cannot be reasoned about. */
export function assertValidFacts(f: ApplicationFacts): void {
  if (!isApplicationStage(f.stage)) {
    throw new RangeError(`stage must be one of ${APPLICATION_STAGES.join(', ')}, got ${String(f.stage)}`);
  }
  assertValidDate(f.appliedAt, 'appliedAt');
  if (!Array.isArray(f.interviews)) {
    throw new RangeError('interviews must be an array');
  }
  f.interviews.forEach((interview, i) => {
    assertValidDate(interview.scheduledAt, `interviews[${i}].scheduledAt`);
    const minutes = interview.durationMinutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
      throw new RangeError(
        `interviews[${i}].durationMinutes must be a finite number of 0 or more, got ${String(minutes)}`,
      );
    }
    assertOptionalDate(interview.completedAt, `interviews[${i}].completedAt`);
  });
  assertOptionalDate(f.lastEmployerContactAt, 'lastEmployerContactAt');
  assertOptionalDate(f.decisionExpectedBy, 'decisionExpectedBy');
  assertOptionalDate(f.thankYouSentAt, 'thankYouSentAt');
  assertOptionalDate(f.lastFollowUpAt, 'lastFollowUpAt');
}

export function scheduledEnd(interview: InterviewFact): Date {
  return new Date(interview.scheduledAt.getTime() + interview.durationMinutes * MINUTE_MS);
}

/** When the interview ended, or is expected to end if it has not been marked completed. */
export function interviewEnd(interview: InterviewFact): Date {
  return interview.completedAt ?? scheduledEnd(interview);
}

/**
 * Held: marked completed, or its scheduled end is at or before `now`. An
 * interview that is running right now is therefore not yet held.
 */
export function isHeld(interview: InterviewFact, now: Date): boolean {
  if (interview.completedAt) return true;
  return scheduledEnd(interview).getTime() <= now.getTime();
}

export function heldInterviews(f: Pick<ApplicationFacts, 'interviews'>, now: Date): InterviewFact[] {
  return f.interviews.filter((interview) => isHeld(interview, now));
}

export function upcomingInterviews(f: Pick<ApplicationFacts, 'interviews'>, now: Date): InterviewFact[] {
  return f.interviews.filter((interview) => !isHeld(interview, now));
}

function latestOf(dates: readonly Date[]): Date | null {
  let latest: Date | null = null;
  for (const d of dates) {
    if (latest === null || d.getTime() > latest.getTime()) latest = d;
  }
  return latest === null ? null : new Date(latest.getTime());
}

function earliestOf(dates: readonly Date[]): Date | null {
  let earliest: Date | null = null;
  for (const d of dates) {
    if (earliest === null || d.getTime() < earliest.getTime()) earliest = d;
  }
  return earliest === null ? null : new Date(earliest.getTime());
}

/** E in the decision table: the end of the latest held interview, or null when none is held. */
export function latestHeldInterviewEnd(f: Pick<ApplicationFacts, 'interviews'>, now: Date): Date | null {
  return latestOf(heldInterviews(f, now).map(interviewEnd));
}

/** When the next interview that is not yet held will end, or null when there is none. */
export function nextUpcomingInterviewEnd(f: Pick<ApplicationFacts, 'interviews'>, now: Date): Date | null {
  return earliestOf(upcomingInterviews(f, now).map(interviewEnd));
}

/** The end of the latest interview, assuming those not yet completed take place as scheduled. */
export function latestScheduledInterviewEnd(f: Pick<ApplicationFacts, 'interviews'>): Date | null {
  return latestOf(f.interviews.map(interviewEnd));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR_MS);
}

import type { Faker } from '@faker-js/faker';
import { interviewHistoryNote } from '@nextstep/contracts';
import { DEFAULT_POLICY, followUpDueAt, instantAtLocalTime, toApplicationFacts, type ApplicationStage } from '@nextstep/guidance';
import type { OutboxEventType, OutboxPayloads } from '@nextstep/platform';
import type { ClientBase } from 'pg';
import type { ApplicationEventType } from '../entities/application-event.entity';
import { DEMO_CANDIDATE } from './demo-users';

/*
 * The demo candidate's first applications, so the candidate portal and the
 * recruiter console both have something to show on a fresh `npm start`:
 *
 * - one applied to three days ago and not yet looked at (the portal says
 *   "wait": nobody chases an application that young);
 * - one that went through screening to an interview held a few hours before
 *   the seed ran (the portal says "send a thank-you note").
 *
 * The rows are the ones the API writes for the same steps (ApplicationsService
 * .apply, .transition, InterviewsService.schedule, .complete): the
 * application with its version and follow-up due date, one history event per
 * step with the same types and notes, the interview, and the outbox events.
 *
 * E-MAIL: the outbox events are written as already relayed (processed_at
 * set), and no scheduled_emails rows are made. Relaying them now would make
 * the worker's first minutes send "we received your application" for an
 * application "sent" days ago and a late thank-you reminder, to an address
 * nobody reads, and the e-mail log would list messages the candidate never
 * lived through. The worker plans e-mails from the application as it is at
 * each event (email-plan.ts), so the first real action on either application
 * (a thank-you, a contact, a move) plans its reminders as usual.
 */

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The warehouse story fits the demo candidate's resume (forklift operator, Chicago): titles by preference. */
const FORKLIFT = '^(forklift|reach truck|warehouse forklift)';
const WAREHOUSE = '^(warehouse associate|warehouse picker|order picker|material handler|shipping and receiving clerk)';
const INTERVIEWED_TITLES: [string, string] = [FORKLIFT, WAREHOUSE];
const APPLIED_TITLES: [string, string] = [WAREHOUSE, FORKLIFT];
const HOME_CITY = 'Chicago';

export interface DemoStory {
  /** Titles of the jobs the candidate applied to, newest first. */
  applications: Array<{ title: string; status: ApplicationStage }>;
}

interface JobPick {
  id: string;
  title: string;
  city: string;
  branch_id: string;
  time_zone: string;
}

interface Actor {
  id: string;
  role: 'candidate' | 'recruiter' | 'admin';
}

/** Writes the candidate's applications (nothing when the board has no open job old enough). */
export async function insertDemoStory(client: ClientBase, faker: Faker, now: Date): Promise<DemoStory> {
  const candidate = (
    await client.query<{ id: string; time_zone: string; resume_text: string | null }>(
      `SELECT u.id, u.time_zone, p.resume_text FROM users u LEFT JOIN candidate_profiles p ON p.user_id = u.id WHERE u.email = $1`,
      [DEMO_CANDIDATE.email],
    )
  ).rows[0];
  if (!candidate) return { applications: [] };
  const zone = candidate.time_zone;
  const story: DemoStory = { applications: [] };
  const me: Actor = { id: candidate.id, role: 'candidate' };

  // The interview: the latest business-hours slot that ended at least an hour before now, so it is always
  // held, recent, and inside the 24-hour thank-you window whenever the seed runs.
  const interviewAt = latestSlot(now, zone);
  const interviewed = await pickJob(client, INTERVIEWED_TITLES, new Date(now.getTime() - 13 * DAY_MS), now, []);
  if (interviewed) {
    const recruiter = await recruiterOf(client, interviewed.branch_id);
    const appliedAt = localTime(now, 12, 19, 40, zone);
    const screenedAt = localTime(now, 10, 10, 15, zone);
    const scheduledOn = localTime(now, 8, 14, 5, zone);
    const completedAt = new Date(interviewAt.getTime() + 45 * MINUTE_MS);
    const recordedAt = new Date(completedAt.getTime() + 20 * MINUTE_MS);
    const decisionExpectedBy = new Date(completedAt.getTime() + 6 * DAY_MS);
    const application = faker.string.uuid();
    const interview = faker.string.uuid();
    const nextSteps = 'The client is deciding this week; Robin at the branch will call you with the answer either way.';
    const interviewNote = interviewHistoryNote({ mode: 'in_person', interviewerName: 'Dana Brooks', scheduledAt: interviewAt, durationMinutes: 45 }, interviewed.time_zone);
    const due = followUpDueAt(
      toApplicationFacts({ status: 'interviewed', appliedAt, decisionExpectedBy }, [
        { scheduledAt: interviewAt, durationMinutes: 45, completedAt, status: 'completed' },
      ]),
      DEFAULT_POLICY,
    );
    await insertApplication(client, {
      id: application,
      jobId: interviewed.id,
      candidateId: candidate.id,
      status: 'interviewed',
      coverLetter: coverLetter(interviewed.title, 'I have run sit-down and reach trucks for six years and hold a current forklift certification.'),
      resumeText: candidate.resume_text,
      appliedAt,
      decisionExpectedBy,
      followUpDueAt: due,
      // One save each: apply, screening, scheduling, the decision date, and the move to interviewed.
      version: 5,
      updatedAt: recordedAt,
    });
    await client.query(
      `INSERT INTO interviews (id, application_id, scheduled_at, duration_minutes, mode, location, interviewer_name, status, completed_at,
         next_steps, scheduled_by_id, sequence, created_at, updated_at)
       VALUES ($1, $2, $3, 45, 'in_person', $4, 'Dana Brooks', 'completed', $5, $6, $7, 0, $8, $9)`,
      [interview, application, interviewAt, `At the client’s warehouse in ${interviewed.city}; check in at the front office.`, completedAt, nextSteps, recruiter.id, scheduledOn, recordedAt],
    );
    const steps: Step[] = [
      { at: appliedAt, actor: me, type: 'applied', to: 'applied', outbox: ['application.submitted', {}] },
      {
        at: screenedAt,
        actor: recruiter,
        type: 'status_changed',
        from: 'applied',
        to: 'screening',
        note: 'Thanks for applying, Casey. Your forklift certification checks out; we are setting up an interview with the client.',
        noteForCandidate: true,
        outbox: ['application.status_changed', { from: 'applied', to: 'screening', notify: true }],
      },
      {
        at: scheduledOn,
        actor: recruiter,
        type: 'status_changed',
        from: 'screening',
        to: 'interview_scheduled',
        note: 'Interview scheduled',
        outbox: ['application.status_changed', { from: 'screening', to: 'interview_scheduled', notify: true }],
      },
      { at: scheduledOn, actor: recruiter, type: 'interview_scheduled', note: interviewNote, outbox: ['interview.scheduled', { interviewId: interview }] },
      {
        at: recordedAt,
        actor: recruiter,
        type: 'status_changed',
        from: 'interview_scheduled',
        to: 'interviewed',
        note: 'Interview completed',
        outbox: ['application.status_changed', { from: 'interview_scheduled', to: 'interviewed', notify: true }],
      },
      {
        at: recordedAt,
        actor: recruiter,
        type: 'interview_completed',
        note: nextSteps,
        outbox: ['interview.completed', { interviewId: interview, completedAt: completedAt.toISOString() }],
      },
    ];
    await insertSteps(client, faker, application, steps);
    story.applications.push({ title: interviewed.title, status: 'interviewed' });
  }

  const fresh = await pickJob(client, APPLIED_TITLES, new Date(now.getTime() - 4 * DAY_MS), now, interviewed ? [interviewed.id] : []);
  if (fresh) {
    const appliedAt = localTime(now, 3, 20, 10, zone);
    const application = faker.string.uuid();
    await insertApplication(client, {
      id: application,
      jobId: fresh.id,
      candidateId: candidate.id,
      status: 'applied',
      coverLetter: coverLetter(fresh.title, 'I know shipping and receiving, order picking and RF scanners, and I am used to hitting pick rates safely.'),
      resumeText: candidate.resume_text,
      appliedAt,
      decisionExpectedBy: null,
      // No interview yet, so nothing is due (followUpDueAt says so too).
      followUpDueAt: followUpDueAt(toApplicationFacts({ status: 'applied', appliedAt }, []), DEFAULT_POLICY),
      version: 1,
      updatedAt: appliedAt,
    });
    await insertSteps(client, faker, application, [{ at: appliedAt, actor: me, type: 'applied', to: 'applied', outbox: ['application.submitted', {}] }]);
    story.applications.unshift({ title: fresh.title, status: 'applied' });
  }
  return story;
}

type OutboxOf = { [K in OutboxEventType]: [K, OutboxPayloads[K]] }[OutboxEventType];

interface Step {
  at: Date;
  actor: Actor;
  type: ApplicationEventType;
  from?: ApplicationStage;
  to?: ApplicationStage;
  note?: string;
  noteForCandidate?: boolean;
  outbox: OutboxOf;
}

/**
 * An open job taking applications, posted before `postedBy`, at the candidate's home branch (on any board with
 * one): the preferred titles first, then the others, then any job; day work before nights; ties by id (seeded).
 */
async function pickJob(client: ClientBase, titles: [string, string], postedBy: Date, now: Date, except: string[]): Promise<JobPick | null> {
  const { rows } = await client.query<JobPick>(
    `SELECT j.id, j.title, j.city, j.branch_id, b.time_zone FROM jobs j JOIN branches b ON b.id = j.branch_id
      WHERE j.status = 'open' AND j.posted_at <= $1 AND (j.closes_at IS NULL OR j.closes_at > $2::timestamptz + interval '30 days')
        AND NOT (j.id = ANY($3::uuid[]))
      ORDER BY b.city = $4 DESC, CASE WHEN j.title ~* $5 THEN 0 WHEN j.title ~* $6 THEN 1 ELSE 2 END, j.title ~* '(night|overnight|3rd shift)', j.id LIMIT 1`,
    [postedBy, now, except, HOME_CITY, titles[0], titles[1]],
  );
  return rows[0] ?? null;
}

/** The job's branch's recruiter moves it along (the admin where a branch has none). */
async function recruiterOf(client: ClientBase, branchId: string): Promise<Actor> {
  const { rows } = await client.query<Actor>(
    `SELECT id, role FROM users WHERE (role = 'recruiter' AND branch_id = $1) OR role = 'admin' ORDER BY (role = 'recruiter') DESC, email LIMIT 1`,
    [branchId],
  );
  const actor = rows[0];
  if (!actor) throw new Error('the demo story needs a recruiter or an admin; insertDemoUsers creates them first');
  return actor;
}

async function insertApplication(
  client: ClientBase,
  a: {
    id: string;
    jobId: string;
    candidateId: string;
    status: ApplicationStage;
    coverLetter: string;
    resumeText: string | null;
    appliedAt: Date;
    decisionExpectedBy: Date | null;
    followUpDueAt: Date | null;
    version: number;
    updatedAt: Date;
  },
): Promise<void> {
  await client.query(
    `INSERT INTO applications (id, job_id, candidate_id, status, cover_letter, resume_text, applied_at, decision_expected_by, follow_up_due_at,
       version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $7, $11)`,
    [a.id, a.jobId, a.candidateId, a.status, a.coverLetter, a.resumeText, a.appliedAt, a.decisionExpectedBy, a.followUpDueAt, a.version, a.updatedAt],
  );
}

/** One history event and one outbox event per step, as the API writes them; a millisecond apart so their order is kept. */
async function insertSteps(client: ClientBase, faker: Faker, applicationId: string, steps: Step[]): Promise<void> {
  for (const [i, step] of steps.entries()) {
    const at = new Date(step.at.getTime() + i);
    await client.query(
      `INSERT INTO application_events (id, application_id, type, actor_id, from_status, to_status, note, note_for_candidate, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        faker.string.uuid(),
        applicationId,
        step.type,
        step.actor.id,
        step.from ?? null,
        step.to ?? null,
        step.note ?? null,
        // As ApplicationStore.record: the candidate's own events are theirs, staff notes only when marked.
        step.actor.role === 'candidate' || (step.noteForCandidate ?? false),
        at,
      ],
    );
    const [type, payload] = step.outbox;
    // Already relayed: see the file comment on why the worker must not act on a seeded past.
    await client.query(
      `INSERT INTO outbox_events (type, application_id, payload, created_at, processed_at, attempts) VALUES ($1, $2, $3, $4, $4, 1)`,
      [type, applicationId, JSON.stringify(payload), at],
    );
  }
}

function coverLetter(title: string, experience: string): string {
  return [
    `Hello, I would like to apply for the ${title} position.`,
    experience,
    'I am reliable, I have my own transportation, and I can start within a week. Thank you for considering me.',
    'Casey Morgan',
  ].join('\n\n');
}

/** hour:minute on the local calendar day `daysBack` days before `now`, in the zone. */
function localTime(now: Date, daysBack: number, hour: number, minute: number, timeZone: string): Date {
  return new Date(instantAtLocalTime(now.getTime(), timeZone, (hour * 60 + minute) * 60_000, -daysBack));
}

/** The latest on-the-hour start between 9:00 and 16:00 local whose 45-minute interview ended at least an hour before now. */
function latestSlot(now: Date, timeZone: string): Date {
  for (let daysBack = 0; daysBack <= 2; daysBack++) {
    for (let hour = 16; hour >= 9; hour--) {
      const start = localTime(now, daysBack, hour, 0, timeZone);
      if (start.getTime() + 105 * MINUTE_MS <= now.getTime()) return start;
    }
  }
  return localTime(now, 1, 10, 0, timeZone);
}

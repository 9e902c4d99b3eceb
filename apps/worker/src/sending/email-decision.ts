import { Injectable } from '@nestjs/common';
import type { ApplicationStatus, Branch, Company, Interview, ScheduledEmail, User } from '@nextstep/db';
import { adviseFollowUp, adviseThankYou, interviewEnd, isClosedStage } from '@nextstep/guidance';
import {
  createUnsubscribeToken,
  isEmailKind,
  type BranchContact,
  type CompanyInfo,
  type EmailDataMap,
  type EmailKind,
  type HeldInterview,
  type InterviewEmailData,
} from '@nextstep/mail';
import { webPath, WebRoute } from '@nextstep/contracts';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { emailIdentity, factsOf, type PlanInput, type PlannedInterview } from './email-plan';

/** What to send, for one kind; the pairing keeps `render(kind, data)` type-safe. */
export type EmailContent = { [K in EmailKind]: { kind: K; data: EmailDataMap[K] } }[EmailKind];

export type ContentDecision =
  | { send: true; content: EmailContent; to: { name: string; email: string }; recipientUserId: string }
  | { send: false; reason: string };

/** The scheduled_emails fields the content depends on. */
export type ClaimedEmail = Pick<ScheduledEmail, 'id' | 'kind' | 'applicationId' | 'interviewId' | 'recipientUserId' | 'dedupeKey'>;

export interface ClaimedWithContext {
  row: ClaimedEmail;
  context: SendContext;
}

type ContextInterview = PlannedInterview & Pick<Interview, 'mode' | 'location' | 'interviewerName'>;

/** Everything an e-mail depends on at send time, read in the same statement that claims the row. */
export interface SendContext {
  application: PlanInput['application'] | null;
  job: { title: string } | null;
  company: Omit<Company, 'id' | 'createdAt' | 'updatedAt'> | null;
  branch: Pick<Branch, 'name' | 'phone' | 'email' | 'addressLine' | 'city' | 'region' | 'postalCode' | 'openingHours'> | null;
  candidate: (Pick<User, 'id' | 'firstName' | 'lastName' | 'email' | 'timeZone' | 'erasedAt' | 'deactivatedAt'> & { guidanceEmails: boolean | null }) | null;
  interviews: ContextInterview[];
}

/** Reminders the candidate can turn off; interview notices are about their appointments and always go. */
const GUIDANCE_KINDS: ReadonlySet<EmailKind> = new Set(['thank_you_reminder', 'follow_up_reminder']);

const skip = (reason: string): ContentDecision => ({ send: false, reason });


/*
 * Claims the rows (still scheduled, or a claim whose worker died: lease ran
 * out) and reads, for each, the application, job, company, branch, candidate, e-mail
 * preference and interviews, in one statement: e-mails go out by the
 * thousand, and each round trip to Postgres costs more than the planning.
 * The CTE's UPDATE and the reads share one snapshot of the other tables.
 */
const CLAIM_AND_LOAD = `
WITH claimed AS (
  UPDATE scheduled_emails SET status = 'sending', attempts = attempts + 1,
         lease_until = now() + make_interval(secs => $2::int), updated_at = now()
   WHERE id = ANY($1::uuid[]) AND (status = 'scheduled' OR (status = 'sending' AND lease_until < now()))
  RETURNING id, kind, application_id, interview_id, recipient_user_id, dedupe_key
)
SELECT s.id, s.kind, s.application_id, s.interview_id, s.recipient_user_id, s.dedupe_key,
       a.id AS a_id, a.status AS a_status, a.applied_at AS a_applied_at, a.last_employer_contact_at AS a_last_employer_contact_at,
       a.decision_expected_by AS a_decision_expected_by, a.thank_you_sent_at AS a_thank_you_sent_at,
       a.last_follow_up_at AS a_last_follow_up_at,
       j.title AS j_title,
       c.name AS c_name, c.website AS c_website, c.industry AS c_industry, c.mission AS c_mission, c.values AS c_values,
       c.goals AS c_goals, c.operations AS c_operations, c.confidential AS c_confidential,
       b.name AS b_name, b.phone AS b_phone, b.email AS b_email, b.address_line AS b_address_line, b.city AS b_city,
       b.region AS b_region, b.postal_code AS b_postal_code, b.opening_hours AS b_opening_hours,
       u.id AS u_id, u.first_name AS u_first_name, u.last_name AS u_last_name, u.email AS u_email, u.time_zone AS u_time_zone,
       u.erased_at AS u_erased_at, u.deactivated_at AS u_deactivated_at, p.guidance_emails AS p_guidance_emails,
       (SELECT json_agg(json_build_object(
                 'id', i.id, 'status', i.status, 'mode', i.mode, 'location', i.location, 'interviewerName', i.interviewer_name,
                 'durationMinutes', i.duration_minutes, 'sequence', i.sequence,
                 'scheduledAt', (extract(epoch FROM i.scheduled_at) * 1000)::float8,
                 'completedAt', (extract(epoch FROM i.completed_at) * 1000)::float8)
               ORDER BY i.scheduled_at)
          FROM interviews i WHERE i.application_id = a.id) AS interviews
  FROM claimed s
  LEFT JOIN applications a ON a.id = s.application_id
  LEFT JOIN jobs j ON j.id = a.job_id
  LEFT JOIN companies c ON c.id = j.company_id
  LEFT JOIN branches b ON b.id = j.branch_id
  LEFT JOIN users u ON u.id = a.candidate_id
  LEFT JOIN candidate_profiles p ON p.user_id = u.id`;

interface ClaimRow {
  id: string;
  kind: string;
  application_id: string;
  interview_id: string | null;
  recipient_user_id: string;
  dedupe_key: string;
  a_id: string | null;
  a_status: ApplicationStatus;
  a_applied_at: Date;
  a_last_employer_contact_at: Date | null;
  a_decision_expected_by: Date | null;
  a_thank_you_sent_at: Date | null;
  a_last_follow_up_at: Date | null;
  j_title: string | null;
  c_name: string | null;
  c_website: string | null;
  c_industry: string;
  c_mission: string;
  c_values: string[];
  c_goals: string;
  c_operations: string;
  c_confidential: boolean;
  b_name: string | null;
  b_phone: string;
  b_email: string;
  b_address_line: string;
  b_city: string;
  b_region: string;
  b_postal_code: string;
  b_opening_hours: string;
  u_id: string | null;
  u_first_name: string;
  u_last_name: string;
  u_email: string;
  u_time_zone: string;
  u_erased_at: Date | null;
  u_deactivated_at: Date | null;
  p_guidance_emails: boolean | null;
  interviews: Array<Omit<ContextInterview, 'scheduledAt' | 'completedAt'> & { scheduledAt: number; completedAt: number | null }> | null;
}

function contextOf(r: ClaimRow): SendContext {
  return {
    application: r.a_id
      ? {
          id: r.a_id,
          status: r.a_status,
          appliedAt: r.a_applied_at,
          lastEmployerContactAt: r.a_last_employer_contact_at,
          decisionExpectedBy: r.a_decision_expected_by,
          thankYouSentAt: r.a_thank_you_sent_at,
          lastFollowUpAt: r.a_last_follow_up_at,
        }
      : null,
    job: r.j_title !== null ? { title: r.j_title } : null,
    company:
      r.c_name !== null
        ? {
            name: r.c_name,
            website: r.c_website,
            industry: r.c_industry,
            mission: r.c_mission,
            values: r.c_values,
            goals: r.c_goals,
            operations: r.c_operations,
            confidential: r.c_confidential,
          }
        : null,
    branch:
      r.b_name !== null
        ? {
            name: r.b_name,
            phone: r.b_phone,
            email: r.b_email,
            addressLine: r.b_address_line,
            city: r.b_city,
            region: r.b_region,
            postalCode: r.b_postal_code,
            openingHours: r.b_opening_hours,
          }
        : null,
    candidate: r.u_id
      ? {
          id: r.u_id,
          firstName: r.u_first_name,
          lastName: r.u_last_name,
          email: r.u_email,
          timeZone: r.u_time_zone,
          erasedAt: r.u_erased_at,
          deactivatedAt: r.u_deactivated_at,
          guidanceEmails: r.p_guidance_emails,
        }
      : null,
    interviews: (r.interviews ?? []).map((interview) => ({
      ...interview,
      scheduledAt: new Date(interview.scheduledAt),
      completedAt: interview.completedAt === null ? null : new Date(interview.completedAt),
    })),
  };
}

/**
 * Decides, from what is true at send time, whether an e-mail still goes and
 * what it says: the guidance rules are asked again, so a reminder the
 * situation no longer calls for is skipped with the reason instead of sent.
 */
@Injectable()
export class EmailContentService {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /**
   * Claims the rows for this attempt and reads their context, in one statement.
   * One answer per id, in order: null when the row is not claimable (sent,
   * cancelled, held by a live claim, gone) or when the same id came earlier
   * in the list, so two jobs for one row never both send it.
   */
  async claimMany(dataSource: DataSource, ids: string[], leaseSeconds: number): Promise<Array<ClaimedWithContext | null>> {
    const runner = dataSource.createQueryRunner();
    let rows: ClaimRow[];
    try {
      const client = (await runner.connect()) as PoolClient;
      // A named statement is planned once per connection instead of on every batch (about 3 ms each).
      rows = (await client.query<ClaimRow>({ name: 'nextstep-claim-and-load', text: CLAIM_AND_LOAD, values: [[...new Set(ids)], leaseSeconds] })).rows;
    } finally {
      await runner.release();
    }
    const byId = new Map(rows.map((found) => [found.id, found]));
    return ids.map((id) => {
      const found = byId.get(id);
      if (!found) return null;
      byId.delete(id);
      const row: ClaimedEmail = {
        id: found.id,
        kind: found.kind,
        applicationId: found.application_id,
        interviewId: found.interview_id,
        recipientUserId: found.recipient_user_id,
        dedupeKey: found.dedupe_key,
      };
      return { row, context: contextOf(found) };
    });
  }

  decide(row: ClaimedEmail, context: SendContext, now: Date): ContentDecision {
    if (!isEmailKind(row.kind) || row.kind === 'owed_news_digest') return skip(`unknown e-mail kind ${row.kind}`);
    const kind: EmailKind = row.kind;
    const { application, candidate, interviews } = context;
    if (!application) return skip('the application no longer exists');
    if (!candidate || candidate.id !== row.recipientUserId || candidate.erasedAt) return skip('the candidate erased their account');
    if (candidate.deactivatedAt) return skip('the candidate account is deactivated');
    if (GUIDANCE_KINDS.has(kind) && candidate.guidanceEmails === false) return skip('the candidate turned guidance e-mails off');
    const { job, company, branch } = context;
    if (!job) return skip('the job no longer exists');
    if (!company || !branch) return skip('the job has no company or branch');

    const interview = interviews.find((candidateInterview) => candidateInterview.id === row.interviewId);
    const portal = `${this.config.appBaseUrl}${webPath(WebRoute.application, { applicationId: application.id })}`;
    const links = { portal, unsubscribe: `${this.config.appBaseUrl}/api/unsubscribe/${createUnsubscribeToken(candidate.id, this.config.jwtSecret)}` };
    const recipient = { firstName: candidate.firstName, lastName: candidate.lastName, email: candidate.email, timeZone: candidate.timeZone };
    const base = { candidate: recipient, job: { title: job.title }, company: companyInfo(company), branch: branchContact(branch) };
    const to = { name: `${candidate.firstName} ${candidate.lastName}`, email: candidate.email };
    const ok = (content: EmailContent): ContentDecision => ({ send: true, content, to, recipientUserId: candidate.id });
    const facts = factsOf({ application, interviews });
    const policy = { followUpAfterDays: this.config.guidance.followUpAfterDays };

    switch (kind) {
      case 'thank_you_reminder': {
        const advice = adviseThankYou(facts, now, policy);
        if (advice.code !== 'SEND_THANK_YOU') return skip(`no thank-you reminder needed: ${advice.code}`);
        if (!interview || interview.status === 'cancelled') return skip('the interview was cancelled');
        const held: HeldInterview = { interviewerName: interview.interviewerName, endedAt: interviewEnd(interview) };
        return ok({ kind, data: { ...base, interview: held, links: { ...links, sendThankYou: `${this.config.appBaseUrl}${webPath(WebRoute.thankYou, { applicationId: application.id })}` } } });
      }
      case 'follow_up_reminder': {
        const advice = adviseFollowUp(facts, now, policy);
        if (advice.code !== 'FOLLOW_UP_NOW') return skip(`no follow-up reminder now: ${advice.code}`);
        const latest = interviews
          .filter((held) => held.status !== 'cancelled' && interviewEnd(held).getTime() <= now.getTime())
          .sort((a, b) => interviewEnd(b).getTime() - interviewEnd(a).getTime())[0];
        if (!latest) return skip('no interview has been held');
        const held: HeldInterview = { interviewerName: latest.interviewerName, endedAt: interviewEnd(latest) };
        return ok({ kind, data: { ...base, interview: held, followUpAfterDays: this.config.guidance.followUpAfterDays, links } });
      }
      case 'interview_confirmation':
      case 'interview_reminder':
      case 'interview_cancelled': {
        if (!interview) return skip('the interview no longer exists');
        if (kind !== 'interview_cancelled') {
          if (isClosedStage(application.status)) return skip(`the application is ${application.status}`);
          if (interview.status !== 'scheduled') return skip(`the interview is ${interview.status}`);
          // A newer change has its own notice; this one describes an older version of the interview.
          const current =
            kind === 'interview_confirmation'
              ? emailIdentity.interviewConfirmation(interview.id, interview.sequence)
              : emailIdentity.interviewReminder(interview.id, interview.scheduledAt);
          if (row.dedupeKey !== current) return skip('the interview changed since this e-mail was planned');
          if (kind === 'interview_reminder' && interview.scheduledAt.getTime() <= now.getTime()) return skip('the interview has started');
        } else if (interview.status !== 'cancelled') {
          return skip('the interview is no longer cancelled');
        }
        const data: InterviewEmailData = {
          ...base,
          interview: {
            calendarUid: `interview-${interview.id}@${new URL(this.config.appBaseUrl).hostname}`,
            sequence: interview.sequence,
            start: interview.scheduledAt,
            durationMinutes: interview.durationMinutes,
            mode: interview.mode,
            location: interview.location,
            interviewerName: interview.interviewerName,
          },
          links,
        };
        if (kind === 'interview_confirmation') return ok({ kind, data: { ...data, isUpdate: interview.sequence > 0 } });
        return ok({ kind, data });
      }
    }
  }
}

function companyInfo(company: NonNullable<SendContext['company']>): CompanyInfo {
  return {
    name: company.name,
    confidential: company.confidential,
    descriptor: company.confidential ? `a leading ${company.industry}` : null,
    mission: company.mission,
    values: company.values,
    goals: company.goals,
    operations: company.operations,
    website: company.website,
  };
}

function branchContact(branch: NonNullable<SendContext['branch']>): BranchContact {
  return {
    name: branch.name,
    phone: branch.phone,
    email: branch.email,
    address: `${branch.addressLine}, ${branch.city}, ${branch.region} ${branch.postalCode}`,
    openingHours: branch.openingHours,
  };
}

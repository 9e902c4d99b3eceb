import { adviseFollowUp, adviseThankYou, interviewEnd, isClosedStage, isHeld } from '@nextstep/guidance';
import {
  branchContactFrom,
  companyInfoFrom,
  createUnsubscribeToken,
  interviewCalendarUid,
  isAccountEmailKind,
  isEmailKind,
  type EmailDataMap,
  type EmailKind,
  type HeldInterview,
  type InterviewEmailData,
  type MailAddress,
} from '@nextstep/mail';
import { webPath, WebRoute } from '@nextstep/contracts';
import { emailIdentity, factsOf, STAGE_NEWS } from '../scheduling/email-plan';
import type { ClaimedEmail, SendContext } from '../store/scheduled-email.store';

/** What to send, for one kind; the pairing keeps `render(kind, data)` type-safe. */
export type EmailContent = { [K in EmailKind]: { kind: K; data: EmailDataMap[K] } }[EmailKind];

export type ContentDecision =
  | { send: true; content: EmailContent; to: MailAddress[]; cc: MailAddress[]; replyTo: MailAddress | null }
  | { send: false; reason: string };

/** Reminders the candidate can turn off; interview notices are about their appointments and always go. */
const GUIDANCE_KINDS: ReadonlySet<EmailKind> = new Set(['thank_you_reminder', 'follow_up_reminder']);

const skip = (reason: string): ContentDecision => ({ send: false, reason });

/** What a decision needs besides the row and its context. */
export interface DecisionSettings {
  appBaseUrl: string;
  /** Signs the unsubscribe link. */
  jwtSecret: string;
  followUpAfterDays: number;
}

/**
 * Decides, from what is true at send time, whether an e-mail still goes and
 * what it says: the guidance rules are asked again, so a reminder the
 * situation no longer calls for is skipped with the reason instead of sent.
 * Pure: the row, its context and the time in, the decision out.
 */
export function decideEmail(row: ClaimedEmail, context: SendContext, now: Date, settings: DecisionSettings): ContentDecision {
  // The digest is sent by its own service and job alerts by theirs (apps/worker/src/alerts), never through here;
  // account e-mails (password_reset, verify_email, password_changed) by the API.
  if (
    !isEmailKind(row.kind) ||
    row.kind === 'owed_news_digest' ||
    row.kind === 'job_alert' ||
    row.kind === 'job_alert_confirmation' ||
    isAccountEmailKind(row.kind)
  ) {
    return skip(`unknown e-mail kind ${row.kind}`);
  }
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
  const portal = `${settings.appBaseUrl}${webPath(WebRoute.application, { applicationId: application.id })}`;
  const links = { portal, unsubscribe: `${settings.appBaseUrl}/api/unsubscribe/${createUnsubscribeToken(candidate.id, settings.jwtSecret)}` };
  const recipient = { firstName: candidate.firstName, lastName: candidate.lastName, email: candidate.email, timeZone: candidate.timeZone };
  const base = { candidate: recipient, job: { title: job.title }, company: companyInfoFrom(company), branch: branchContactFrom(branch) };
  const to = { name: `${candidate.firstName} ${candidate.lastName}`, email: candidate.email };
  const ok = (content: EmailContent): ContentDecision => ({ send: true, content, to: [to], cc: [], replyTo: null });
  // Confirmations and stage news are part of the application itself: no guidance opt-out, no unsubscribe link.
  const news = { ...base, links: { portal } };
  const facts = factsOf({ application, interviews });
  const policy = { followUpAfterDays: settings.followUpAfterDays };

  switch (kind) {
    case 'thank_you_note':
    case 'candidate_message': {
      if (!context.note) return skip('the note no longer exists');
      // The agency's people read times in the branch's zone; answers go straight to the candidate.
      const staff = context.recruiters.length ? context.recruiters : [{ name: branch.name, email: branch.email }];
      const console = `${settings.appBaseUrl}${webPath(WebRoute.recruiterApplication, { applicationId: application.id })}`;
      const note = {
        candidate: { firstName: candidate.firstName, lastName: candidate.lastName },
        job: { title: job.title },
        company: companyInfoFrom(company),
        branch: { name: branch.name },
        body: context.note.body,
        sentAt: context.note.createdAt,
        timeZone: branch.timeZone,
        links: { portal: console },
      };
      const deliver = (content: EmailContent, toList: MailAddress[], cc: MailAddress[]): ContentDecision => ({ send: true, content, to: toList, cc, replyTo: to });
      if (kind === 'candidate_message') return deliver({ kind, data: { ...note, addressee: null, passOn: false } }, staff, []);
      const met = thankedInterview(interviews, context.note.createdAt);
      const addressee = met?.interviewerName ?? null;
      if (met?.interviewerEmail) {
        return deliver({ kind, data: { ...note, addressee, passOn: false } }, [{ name: met.interviewerName, email: met.interviewerEmail }], staff);
      }
      return deliver({ kind, data: { ...note, addressee, passOn: addressee !== null } }, staff, []);
    }
    case 'recruiter_reply': {
      if (!context.note) return skip('the reply no longer exists');
      // The recruiter's answer, in the candidate's inbox; the candidate's answer goes to the branch.
      return {
        send: true,
        content: { kind, data: { ...news, recruiterName: context.note.senderName || branch.name, body: context.note.body, sentAt: context.note.createdAt } },
        to: [to],
        cc: [],
        replyTo: { name: branch.name, email: branch.email },
      };
    }
    case 'application_received': {
      if (isClosedStage(application.status)) return skip(`the application is ${application.status}`);
      return ok({ kind, data: { ...news, waitAdvice: adviseFollowUp(facts, now, policy).message } });
    }
    case 'stage_screening':
    case 'stage_offer':
    case 'stage_hired':
    case 'stage_rejected': {
      // News of a stage the application has already left would be wrong by the time it arrives.
      if (STAGE_NEWS[application.status as keyof typeof STAGE_NEWS] !== kind) return skip(`the application is now ${application.status}`);
      if (kind !== 'stage_rejected') return ok({ kind, data: news });
      const jobUrl = (id: string) => `${settings.appBaseUrl}${webPath(WebRoute.job, { jobId: id })}`;
      const similarJobs = context.similarJobs.map((similar) => ({ title: similar.title, city: similar.city, url: jobUrl(similar.id) }));
      return ok({ kind, data: { ...news, similarJobs, searchUrl: `${settings.appBaseUrl}${webPath(WebRoute.search, {})}` } });
    }
    case 'thank_you_reminder': {
      const advice = adviseThankYou(facts, now, policy);
      if (advice.code !== 'SEND_THANK_YOU') return skip(`no thank-you reminder needed: ${advice.code}`);
      if (!interview || interview.status === 'cancelled') return skip('the interview was cancelled');
      // The guidance looks at the latest interview; a note sent after this one ended already thanked for it
      // (a later interview still to be thanked for has its own reminder).
      if (application.thankYouSentAt && application.thankYouSentAt.getTime() >= interviewEnd(interview).getTime()) {
        return skip('no thank-you reminder needed: the candidate thanked after this interview');
      }
      const held: HeldInterview = { interviewerName: interview.interviewerName, endedAt: interviewEnd(interview) };
      return ok({ kind, data: { ...base, interview: held, links: { ...links, sendThankYou: `${settings.appBaseUrl}${webPath(WebRoute.thankYou, { applicationId: application.id })}` } } });
    }
    case 'follow_up_reminder': {
      const advice = adviseFollowUp(facts, now, policy);
      if (advice.code !== 'FOLLOW_UP_NOW') return skip(`no follow-up reminder now: ${advice.code}`);
      const latest = interviews
        .filter((held) => held.status !== 'cancelled' && interviewEnd(held).getTime() <= now.getTime())
        .sort((a, b) => interviewEnd(b).getTime() - interviewEnd(a).getTime())[0];
      if (!latest) return skip('no interview has been held');
      const held: HeldInterview = { interviewerName: latest.interviewerName, endedAt: interviewEnd(latest) };
      return ok({ kind, data: { ...base, interview: held, followUpAfterDays: settings.followUpAfterDays, links } });
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
          calendarUid: interviewCalendarUid(interview.id, settings.appBaseUrl),
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

/** The interview a thank-you note is for: the latest one held by the time the candidate wrote it. */
function thankedInterview(interviews: SendContext['interviews'], writtenAt: Date): SendContext['interviews'][number] | undefined {
  return interviews
    .filter((interview) => interview.status !== 'cancelled' && isHeld(interview, writtenAt))
    .sort((a, b) => interviewEnd(b).getTime() - interviewEnd(a).getTime())[0];
}

/**
 * Every sentence the candidate reads, kept in one place so the tone stays
 * consistent and copy changes never touch the rules. Messages carry no dates:
 * the library has no locale or time zone for the reader, so callers show
 * `earliestAt`/`dueAt` with their own formatter next to the message.
 */
import type { ClosedStage } from './application-facts';

/** Why the follow-up date is what it is; it changes how we explain the wait. */
export type FollowUpBasis = 'interview' | 'employer_contact' | 'decision_date';

export function formatDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

export function formatHours(hours: number): string {
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

export const followUpMessages = {
  closed(stage: ClosedStage): string {
    switch (stage) {
      case 'hired':
        return 'Congratulations on the new job! This application is complete, so there is nothing left to follow up on.';
      case 'rejected':
        return 'This application has been closed by the employer, so there is no need to follow up on it. Your energy is better spent on the other openings on the job board.';
      case 'withdrawn':
        return 'You withdrew this application, so there is nothing to follow up on.';
    }
  },

  offerPending(): string {
    return 'You have an offer. Getting in touch now is exactly right: reply to it, ask any questions you have, and call the branch if you would like help thinking it over.';
  },

  interviewUpcoming(): string {
    return 'Your interview is still ahead, so there is nothing to chase yet. Put your time into preparing for it, and before you leave, ask what the next steps are and when you can expect to hear back.';
  },

  applicationStage(): string {
    return (
      'Please hold off on contacting the employer for now. At this stage they are working through a large ' +
      'pile of applications, and a call or e-mail will not move yours up the list; it can even make you look ' +
      'impatient. Your resume and cover letter are what speak for you, so make sure they show clearly why ' +
      'you fit the job. If the employer wants to meet you, they will get in touch to set up an interview.'
    );
  },

  waitForDecision(basis: FollowUpBasis, followUpAfterDays: number): string {
    switch (basis) {
      case 'decision_date':
        return 'The employer gave a date for their decision, and it has not passed yet. Give them until then; if you still have not heard anything the day after, that is the moment to call the branch.';
      case 'employer_contact':
        return `You heard from the employer after your interview, so the process is moving. Give them ${formatDays(followUpAfterDays)} from that update before calling the branch to ask for news.`;
      case 'interview':
        return `Hiring decisions take time. Give the employer ${formatDays(followUpAfterDays)} after your interview; if you still have not heard anything by then, call the branch.`;
    }
  },

  recentlyFollowedUp(minDaysBetweenFollowUps: number): string {
    return `You checked in with the branch recently. Leave at least ${formatDays(minDaysBetweenFollowUps)} between calls so they have time to find out more; calling too often can work against you.`;
  },

  followUpNow(basis: FollowUpBasis, followUpAfterDays: number): string {
    const why =
      basis === 'decision_date'
        ? 'The date the employer gave for their decision has passed and you have not heard back.'
        : basis === 'employer_contact'
          ? `It has been ${formatDays(followUpAfterDays)} or more since your last update from the employer and there is no news.`
          : `It has been ${formatDays(followUpAfterDays)} or more since your interview and you have not heard back.`;
    return `${why} Now is a good time to call the branch: ask politely whether there is any news and what happens next.`;
  },
};

export const thankYouMessages = {
  closed(): string {
    return 'This application is closed, so a thank-you note is no longer needed.';
  },

  noInterviewYet(): string {
    return 'A thank-you note comes after an interview. Once you have had yours, send one promptly.';
  },

  alreadyThanked(): string {
    return 'You have already thanked the employer for your latest interview. Nothing more to do here for now.';
  },

  sendThankYou(thankYouWithinHours: number): string {
    return `Send a short thank-you note within ${formatHours(thankYouWithinHours)} of your interview. You are now a serious candidate, and thanking them for their time shows you value the opportunity; leaving it out can cost you the job.`;
  },

  sendThankYouLate(thankYouWithinHours: number): string {
    return `It is more than ${formatHours(thankYouWithinHours)} since your interview, but a thank-you note is still well worth sending. Send a short one today: a late thank-you is far better than none.`;
  },
};

import type { Schemas } from '@nextstep/api-client';

export type Stage = Schemas['ApplicationSummaryDto']['status'];
export type HistoryEntry = Schemas['HistoryEntryDto'];

export const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  screening: 'Being reviewed',
  interview_scheduled: 'Interview scheduled',
  interviewed: 'Interviewed',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Not selected',
  withdrawn: 'Withdrawn',
};

/** The road an application takes when it goes well; rejected and withdrawn end it early. */
export const PIPELINE: readonly Stage[] = ['applied', 'screening', 'interview_scheduled', 'interviewed', 'offer', 'hired'];

export function isClosed(stage: Stage): boolean {
  return stage === 'hired' || stage === 'rejected' || stage === 'withdrawn';
}

export interface TimelineStep {
  stage: Stage;
  label: string;
  state: 'done' | 'current' | 'ahead' | 'ended';
}

/**
 * The steps to draw for an application. Stages are reached in order, except
 * screening, which an application can skip on the way to an interview: the
 * history says whether it was passed through.
 */
export function timelineSteps(stage: Stage, history: readonly HistoryEntry[]): TimelineStep[] {
  const reached = new Set<string>(history.flatMap((entry) => [entry.from, entry.to]).filter((s): s is Stage => s !== null));
  reached.add(stage);
  const endedEarly = stage === 'rejected' || stage === 'withdrawn';
  // Where a closed application stopped: the last pipeline stage it reached.
  const lastReached = Math.max(...PIPELINE.map((s, i) => (reached.has(s) ? i : -1)));
  const current = endedEarly ? lastReached : PIPELINE.indexOf(stage);
  const steps: TimelineStep[] = PIPELINE.flatMap((s, i): TimelineStep[] => {
    if (s === 'screening' && !reached.has(s) && i < current) return [];
    const state = i < current ? 'done' : i === current ? (endedEarly ? 'done' : 'current') : 'ahead';
    return endedEarly && i > current ? [] : [{ stage: s, label: STAGE_LABELS[s], state }];
  });
  if (endedEarly) steps.push({ stage, label: STAGE_LABELS[stage], state: 'ended' });
  return steps;
}

const MODE_WORDS: Record<string, string> = { in_person: 'in-person', phone: 'phone', video: 'video' };

export function interviewModeLabel(mode: string): string {
  return MODE_WORDS[mode] ?? mode.replace(/_/g, ' ');
}

/** One line for a history entry, in the candidate's words. */
export function describeEvent(entry: HistoryEntry): string {
  const to = entry.to ? STAGE_LABELS[entry.to] : null;
  switch (entry.type) {
    case 'applied':
      return 'You applied.';
    case 'status_changed':
      return to ? `Stage changed to "${to}".` : 'The stage changed.';
    case 'withdrawn':
      return 'You withdrew the application.';
    case 'interview_scheduled':
      return 'An interview was scheduled.';
    case 'interview_rescheduled':
      return 'The interview was changed.';
    case 'interview_cancelled':
      return 'An interview was called off.';
    case 'interview_completed':
      return 'The interview was marked as held.';
    case 'contact_recorded':
      return 'Your branch was in touch with you.';
    case 'follow_up_sent':
      return 'You sent your branch a message.';
    case 'thank_you_sent':
      return 'You sent a thank-you note.';
    default:
      return 'The application was updated.';
  }
}

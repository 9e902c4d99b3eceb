/**
 * The hiring pipeline: which stage may follow which. One table, used by the
 * API to refuse impossible moves and by the portal to offer only possible ones.
 */
import { APPLICATION_STAGES, type ApplicationStage } from './application-facts';

export const PIPELINE_TRANSITIONS: Readonly<Record<ApplicationStage, readonly ApplicationStage[]>> = Object.freeze({
  applied: ['screening', 'interview_scheduled', 'rejected', 'withdrawn'],
  screening: ['interview_scheduled', 'rejected', 'withdrawn'],
  // Back to screening when the only scheduled interview is called off.
  interview_scheduled: ['interviewed', 'screening', 'rejected', 'withdrawn'],
  // Another interview round, or a decision.
  interviewed: ['interview_scheduled', 'offer', 'rejected', 'withdrawn'],
  // Declined by the candidate (withdrawn) or retracted by the employer (rejected).
  offer: ['hired', 'rejected', 'withdrawn'],
  hired: [],
  rejected: [],
  withdrawn: [],
});

export function canTransition(from: ApplicationStage, to: ApplicationStage): boolean {
  return PIPELINE_TRANSITIONS[from].includes(to);
}

/** Every stage reachable in one move from `from`, in pipeline order. */
export function nextStages(from: ApplicationStage): ApplicationStage[] {
  return APPLICATION_STAGES.filter((to) => canTransition(from, to));
}

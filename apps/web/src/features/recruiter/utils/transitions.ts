import { nextStages } from '@nextstep/guidance';
import type { Stage } from '../api/console';

/** Stages in board order: one column each. */
export const BOARD_STAGES: readonly Stage[] = [
  'applied',
  'screening',
  'interview_scheduled',
  'interviewed',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
];

export const STAFF_STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interview_scheduled: 'Interview scheduled',
  interviewed: 'Interviewed',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** Moves that send the candidate a short e-mail (unless "don't notify" is ticked). */
export const NOTIFYING_STAGES: ReadonlySet<Stage> = new Set<Stage>(['screening', 'offer', 'rejected', 'hired']);

// Reached through the interview forms (which record the interview itself), or by the candidate alone.
const NOT_A_BOARD_MOVE: ReadonlySet<Stage> = new Set<Stage>(['interview_scheduled', 'interviewed', 'withdrawn']);

/** The moves a recruiter can make from a card: the server's table (libs/guidance) minus those made elsewhere. */
export function boardMoves(from: Stage): Stage[] {
  return nextStages(from).filter((to) => !NOT_A_BOARD_MOVE.has(to));
}

export function canMoveOnBoard(from: Stage, to: Stage): boolean {
  return boardMoves(from).includes(to);
}

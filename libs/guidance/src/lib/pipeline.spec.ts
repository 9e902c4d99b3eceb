import { describe, expect, it } from 'vitest';
import { APPLICATION_STAGES, CLOSED_STAGES, OPEN_STAGES, type ApplicationStage } from './application-facts';
import { canTransition, nextStages, PIPELINE_TRANSITIONS } from './pipeline';

const ALLOWED = new Set([
  'applied>screening',
  'applied>interview_scheduled',
  'applied>rejected',
  'applied>withdrawn',
  'screening>interview_scheduled',
  'screening>rejected',
  'screening>withdrawn',
  'interview_scheduled>interviewed',
  'interview_scheduled>screening',
  'interview_scheduled>rejected',
  'interview_scheduled>withdrawn',
  'interviewed>interview_scheduled',
  'interviewed>offer',
  'interviewed>rejected',
  'interviewed>withdrawn',
  'offer>hired',
  'offer>rejected',
  'offer>withdrawn',
]);

describe('pipeline transitions', () => {
  const pairs = APPLICATION_STAGES.flatMap((from) => APPLICATION_STAGES.map((to) => [from, to] as [ApplicationStage, ApplicationStage]));

  it.each(pairs)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED.has(`${from}>${to}`));
  });

  it('lets every open stage be rejected or withdrawn, and closed stages go nowhere', () => {
    for (const stage of OPEN_STAGES) {
      expect(canTransition(stage, 'rejected')).toBe(true);
      expect(canTransition(stage, 'withdrawn')).toBe(true);
    }
    for (const stage of CLOSED_STAGES) expect(nextStages(stage)).toEqual([]);
  });

  it('never stays in place', () => {
    for (const stage of APPLICATION_STAGES) expect(PIPELINE_TRANSITIONS[stage]).not.toContain(stage);
  });

  it('lists next stages in pipeline order', () => {
    expect(nextStages('interviewed')).toEqual(['interview_scheduled', 'offer', 'rejected', 'withdrawn']);
  });
});

import { describe, expect, it } from 'vitest';
import { timelineSteps, type HistoryEntry } from './stages';

const moved = (from: HistoryEntry['from'], to: HistoryEntry['to']): HistoryEntry => ({
  type: 'status_changed',
  occurredAt: '2026-03-01T10:00:00.000Z',
  from,
  to,
  note: null,
  by: { id: 'u1', name: 'Robin Staff', role: 'recruiter' },
});
const summary = (steps: ReturnType<typeof timelineSteps>) => steps.map((s) => `${s.stage}:${s.state}`);

describe('timelineSteps', () => {
  it('shows the whole road ahead for a new application', () => {
    expect(summary(timelineSteps('applied', []))).toEqual([
      'applied:current',
      'screening:ahead',
      'interview_scheduled:ahead',
      'interviewed:ahead',
      'offer:ahead',
      'hired:ahead',
    ]);
  });

  it('leaves out screening when the application went straight to an interview', () => {
    expect(
      summary(timelineSteps('interviewed', [moved('applied', 'interview_scheduled'), moved('interview_scheduled', 'interviewed')])),
    ).toEqual(['applied:done', 'interview_scheduled:done', 'interviewed:current', 'offer:ahead', 'hired:ahead']);
  });

  it('ends where a rejected application stopped, without the stages it never reached', () => {
    expect(summary(timelineSteps('rejected', [moved('applied', 'screening'), moved('screening', 'rejected')]))).toEqual([
      'applied:done',
      'screening:done',
      'rejected:ended',
    ]);
  });

  it('marks a hired application as complete', () => {
    const history = [
      moved('applied', 'interview_scheduled'),
      moved('interview_scheduled', 'interviewed'),
      moved('interviewed', 'offer'),
      moved('offer', 'hired'),
    ];
    expect(timelineSteps('hired', history).at(-1)).toMatchObject({ stage: 'hired', state: 'current' });
  });
});

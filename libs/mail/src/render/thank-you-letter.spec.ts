import { describe, expect, it } from 'vitest';
import { sampleEmailData } from '../samples';
import { draftThankYouLetter } from './thank-you-letter';

describe('draftThankYouLetter', () => {
  it('writes the same letter from the reminder data and from the facts the API has', () => {
    const data = sampleEmailData('thank_you_reminder');
    const facts = {
      candidate: { firstName: data.candidate.firstName, lastName: data.candidate.lastName ?? null, timeZone: data.candidate.timeZone },
      job: data.job,
      company: data.company,
      interview: data.interview,
    };
    expect(draftThankYouLetter(facts)).toEqual(draftThankYouLetter(data));
  });

  it('greets the interviewer, dates the meeting in the candidate zone and signs with the full name', () => {
    const letter = draftThankYouLetter({
      candidate: { firstName: 'Maria', lastName: 'Lopez', timeZone: 'America/Los_Angeles' },
      job: { title: 'Line Cook ' },
      company: { name: 'Acme Foods', mission: 'Feed the valley.' },
      // 02:30 UTC on the 2nd is still the 1st in Los Angeles.
      interview: { interviewerName: ' Pat Lee ', endedAt: new Date('2026-12-02T02:30:00Z') },
    });
    expect(letter[0]).toBe('Dear Pat Lee,');
    expect(letter[1]).toContain('on Tuesday, December 1, 2026 about the Line Cook position at Acme Foods.');
    expect(letter[2]).toContain('"Feed the valley"');
    expect(letter.at(-1)).toBe('Maria Lopez');
  });

  it('does not name a confidential employer', () => {
    const letter = draftThankYouLetter({
      candidate: { firstName: 'Maria', timeZone: 'America/Chicago' },
      job: { title: 'Line Cook' },
      company: { name: 'Secret Foods', confidential: true, mission: null },
      interview: { interviewerName: 'Pat Lee', endedAt: new Date('2026-12-02T18:00:00Z') },
    });
    expect(letter.join('\n')).not.toContain('Secret Foods');
    expect(letter[1]).toMatch(/about the Line Cook position\. /);
  });
});

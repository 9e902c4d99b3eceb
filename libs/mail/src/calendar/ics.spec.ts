import { describe, expect, it } from 'vitest';
import { buildInterviewIcs, escapeIcsText, foldIcsLine, icsUtc, type InterviewIcsInput } from './ics';

const input = (overrides: Partial<InterviewIcsInput> = {}): InterviewIcsInput => ({
  uid: 'interview-42@nextstep.example',
  sequence: 0,
  method: 'REQUEST',
  start: new Date('2026-12-01T20:00:00Z'),
  end: new Date('2026-12-01T20:45:00Z'),
  summary: 'Interview: Warehouse Shift Supervisor',
  description: 'Interview with Daniel Okafor.\nQuestions: call the branch; ask for Priya, or Tom.',
  location: '1800 Industrial Parkway, Springfield',
  organizer: { name: 'Nextstep Springfield', email: 'springfield@nextstep.example' },
  attendee: { name: 'Maria Lopez', email: 'maria@example.com' },
  stamp: new Date('2026-11-25T14:00:00.123Z'),
  ...overrides,
});

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab disappears. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('buildInterviewIcs', () => {
  it('writes a REQUEST with UTC times, CRLF line endings and the attendee', () => {
    const ics = buildInterviewIcs(input());
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'METHOD:REQUEST',
        'UID:interview-42@nextstep.example',
        'SEQUENCE:0',
        'DTSTAMP:20261125T140000Z',
        'DTSTART:20261201T200000Z',
        'DTEND:20261201T204500Z',
        'LOCATION:1800 Industrial Parkway\\, Springfield',
        'ORGANIZER;CN="Nextstep Springfield":mailto:springfield@nextstep.example',
        'STATUS:CONFIRMED',
        'END:VCALENDAR',
      ]),
    );
    expect(lines.find((line) => line.startsWith('ATTENDEE'))).toMatch(/^ATTENDEE;CN="Maria Lopez";.*:mailto:maria@example\.com$/);
  });

  it('escapes backslash, semicolon, comma and newlines in text values', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const lines = unfold(buildInterviewIcs(input())).split('\r\n');
    expect(lines).toContain('DESCRIPTION:Interview with Daniel Okafor.\\nQuestions: call the branch\\; ask for Priya\\, or Tom.');
  });

  it('keeps quotes and line breaks out of parameter values', () => {
    const ics = unfold(buildInterviewIcs(input({ attendee: { name: 'Eve "Q"\r\nX-EVIL:1', email: 'eve@example.com' } })));
    expect(ics).not.toContain('\r\nX-EVIL');
    expect(ics).toContain('ATTENDEE;CN="Eve  Q   X-EVIL:1";');
  });

  it('folds every line at 75 octets without splitting a character, and unfolds to the original', () => {
    const summary = `Interview: ${'Überstunden-Koordinator 🚚 '.repeat(8)}`;
    const ics = buildInterviewIcs(input({ summary }));
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(unfold(ics).split('\r\n')).toContain(`SUMMARY:${summary}`);
  });

  it('foldIcsLine leaves short lines alone and continues with one space', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldIcsLine(`X:${'a'.repeat(200)}`);
    const [first, ...rest] = folded.split('\r\n');
    expect(first).toHaveLength(75);
    for (const line of rest) {
      expect(line.startsWith(' ')).toBe(true);
      expect(line.length).toBeLessThanOrEqual(75);
    }
  });

  it('writes a CANCEL with STATUS:CANCELLED', () => {
    const ics = buildInterviewIcs(input({ method: 'CANCEL', sequence: 3 }));
    expect(ics).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(ics).toContain('\r\nSTATUS:CANCELLED\r\n');
    expect(ics).toContain('\r\nSEQUENCE:3\r\n');
    expect(ics).not.toContain('CONFIRMED');
  });

  it('writes a PUBLISH without an attendee, so a downloaded file is a plain calendar entry', () => {
    const ics = unfold(buildInterviewIcs(input({ method: 'PUBLISH' })));
    expect(ics).toContain('\r\nMETHOD:PUBLISH\r\n');
    expect(ics).toContain('\r\nSTATUS:CONFIRMED\r\n');
    expect(ics).toContain('\r\nORGANIZER;CN="Nextstep Springfield":mailto:springfield@nextstep.example\r\n');
    expect(ics).not.toContain('ATTENDEE');
  });

  it('refuses an event that ends before it starts or a negative sequence', () => {
    expect(() => buildInterviewIcs(input({ end: new Date('2026-12-01T19:00:00Z') }))).toThrow(RangeError);
    expect(() => buildInterviewIcs(input({ sequence: -1 }))).toThrow(RangeError);
  });

  it('icsUtc drops milliseconds and punctuation', () => {
    expect(icsUtc(new Date('2026-03-08T07:05:09.999Z'))).toBe('20260308T070509Z');
  });
});

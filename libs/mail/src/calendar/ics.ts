/**
 * RFC 5545 calendar text for one interview. Mail clients (Outlook, Gmail,
 * Apple Mail) are picky: lines end in CRLF, are folded at 75 octets, text
 * values escape `\ ; ,` and newlines, and times are UTC.
 */

/**
 * REQUEST and CANCEL travel in e-mails as invitations; PUBLISH is a plain
 * "add to calendar" file (no attendee, so no client offers to reply).
 */
export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface InterviewIcsInput {
  /** Stable across updates and the cancellation, so clients replace the event. */
  uid: string;
  /** Must grow with every update; a CANCEL needs a higher value than the last REQUEST. */
  sequence: number;
  method: IcsMethod;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location?: string | null;
  organizer: IcsPerson;
  /** Left out of PUBLISH files (RFC 5546 §3.2.1 forbids it there). */
  attendee: IcsPerson;
  /** DTSTAMP; defaults to now. */
  stamp?: Date;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** `YYYYMMDDTHHMMSSZ` */
export function icsUtc(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Calendar times must be valid dates');
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** TEXT value escaping (RFC 5545 §3.3.11); other control characters are dropped. */
export function escapeIcsText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** A quoted parameter value may hold neither DQUOTE nor control characters (§3.1). */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/[\u0000-\u001f\u007f"]/g, ' ').trim()}"`;
}

function mailto(email: string): string {
  // eslint-disable-next-line no-control-regex
  return `mailto:${email.replace(/[\u0000-\u0020\u007f]/g, '')}`;
}

/**
 * Folds a content line so no physical line exceeds 75 octets of UTF-8,
 * continuing with CRLF + one space, and never splits a character.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentOctets = 0;
  // The continuation's leading space counts towards its 75 octets.
  let limit = MAX_LINE_OCTETS;
  for (const character of line) {
    const octets = Buffer.byteLength(character, 'utf8');
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = '';
      currentOctets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export function buildInterviewIcs(input: InterviewIcsInput): string {
  if (!Number.isInteger(input.sequence) || input.sequence < 0) {
    throw new RangeError(`Calendar SEQUENCE must be a whole number ≥ 0 (got ${input.sequence})`);
  }
  if (input.end.getTime() <= input.start.getTime()) {
    throw new RangeError('A calendar event must end after it starts');
  }
  const cancelled = input.method === 'CANCEL';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Nextstep//Interview calendar//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method}`,
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(input.uid)}`,
    `SEQUENCE:${input.sequence}`,
    `DTSTAMP:${icsUtc(input.stamp ?? new Date())}`,
    `DTSTART:${icsUtc(input.start)}`,
    `DTEND:${icsUtc(input.end)}`,
    `SUMMARY:${escapeIcsText(input.summary)}`,
    `DESCRIPTION:${escapeIcsText(input.description)}`,
    ...(input.location && input.location.trim() !== '' ? [`LOCATION:${escapeIcsText(input.location)}`] : []),
    `ORGANIZER;CN=${paramValue(input.organizer.name)}:${mailto(input.organizer.email)}`,
    ...(input.method === 'PUBLISH'
      ? []
      : [`ATTENDEE;CN=${paramValue(input.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:${mailto(input.attendee.email)}`]),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `TRANSP:${cancelled ? 'TRANSPARENT' : 'OPAQUE'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}

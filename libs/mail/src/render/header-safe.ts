/**
 * Makes a value safe to put in a mail header (subject, display name, custom
 * header). A CR or LF would end the header and let a name like
 * `Eve\r\nBcc: victim@example.com` add a header of its own, so line breaks
 * (and tabs) become a single space and every other control character is dropped:
 * C0/C1 controls, DEL, Unicode line/paragraph separators, and bidi overrides,
 * which could make a subject read differently than it is.
 */
const LINE_BREAKS = /[\r\n\t\u0085\u2028\u2029]+/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function headerSafe(value: string): string {
  return value.replace(LINE_BREAKS, ' ').replace(CONTROL_CHARACTERS, '').replace(/ {2,}/g, ' ').trim();
}

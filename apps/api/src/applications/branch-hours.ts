import { isInSendWindow, isValidTimeZone, nextSendTime, type SendWindow } from '@nextstep/guidance';

/*
 * Branches write their opening hours as free text ("Mon–Fri 7:30–18:00,
 * Sat 9:00–12:00", "Monday to Friday, 8:00 AM to 5:00 PM"). The portal's
 * "call your branch now" card wants to say whether the branch is open right
 * now, so the text is read into weekly windows here. Text that cannot be read
 * with confidence gives `null`: the card then shows the text as written
 * instead of guessing "closed".
 */

const DAYS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^mon(days?)?$/, 1],
  [/^tue(s(days?)?)?$/, 2],
  [/^wed(nesdays?)?$/, 3],
  [/^thu(r(s(days?)?)?)?$/, 4],
  [/^fri(days?)?$/, 5],
  [/^sat(urdays?)?$/, 6],
  [/^sun(days?)?$/, 7],
];
const DAY_GROUPS: Readonly<Record<string, readonly number[]>> = {
  daily: [1, 2, 3, 4, 5, 6, 7],
  weekdays: [1, 2, 3, 4, 5],
  weekends: [6, 7],
};
const RANGE_WORDS = new Set(['-', 'to', 'through', 'thru', 'until', 'till']);
// Words that join or introduce parts without changing them.
const FILLER = new Set([',', ';', '&', 'and', '/', 'from', 'open', 'hours', 'on', 'at', ':', '.']);

type Token =
  | { kind: 'day'; day: number }
  | { kind: 'days'; days: readonly number[] }
  | { kind: 'time'; minutes: number; meridiem: 'am' | 'pm' | null; hour: number }
  | { kind: 'range' }
  | { kind: 'closed' }
  | { kind: 'filler' };

function tokenize(text: string): Token[] | null {
  const normalized = text
    .toLowerCase()
    .replace(/[\u2012-\u2015\u2212]/g, '-')
    .replace(/\b([ap])\.m\.?/g, '$1m')
    .replace(/(\d)\s+([ap]m)\b/g, '$1$2');
  const raw = normalized.match(/\d{1,2}(?::\d{2})?(?:[ap]m)?|[a-z]+|[-,;&/:.]/g) ?? [];
  const tokens: Token[] = [];
  for (const word of raw) {
    const time = /^(\d{1,2})(?::(\d{2}))?([ap]m)?$/.exec(word);
    if (time) {
      const hour = Number(time[1]);
      const minute = Number(time[2] ?? 0);
      if (hour > 24 || minute > 59) return null;
      tokens.push({ kind: 'time', hour, minutes: hour * 60 + minute, meridiem: (time[3] as 'am' | 'pm' | undefined) ?? null });
      continue;
    }
    if (word === 'noon') {
      tokens.push({ kind: 'time', hour: 12, minutes: 12 * 60, meridiem: 'pm' });
      continue;
    }
    if (word === 'midnight') {
      tokens.push({ kind: 'time', hour: 24, minutes: 24 * 60, meridiem: null });
      continue;
    }
    const day = DAYS.find(([pattern]) => pattern.test(word));
    if (day) tokens.push({ kind: 'day', day: day[1] });
    else if (DAY_GROUPS[word]) tokens.push({ kind: 'days', days: DAY_GROUPS[word] });
    else if (RANGE_WORDS.has(word)) tokens.push({ kind: 'range' });
    else if (word === 'closed') tokens.push({ kind: 'closed' });
    else if (FILLER.has(word)) tokens.push({ kind: 'filler' });
    else return null;
  }
  return tokens;
}

type TimeToken = Extract<Token, { kind: 'time' }>;

/** Minutes since midnight of a range's two ends, reading "8–5" as 8 AM to 5 PM. */
function resolveRange(from: TimeToken, to: TimeToken): [number, number] | null {
  const clock = (t: TimeToken): number => {
    if (t.meridiem === null) return t.minutes;
    if (t.hour === 0 || t.hour > 12) return -1;
    const hour = (t.hour % 12) + (t.meridiem === 'pm' ? 12 : 0);
    return hour * 60 + (t.minutes - t.hour * 60);
  };
  let start = clock(from);
  let end = clock(to);
  if (start < 0 || end < 0) return null;
  // "9–5" and "8:30–4:30": a shorter second number without AM/PM is in the afternoon.
  if (from.meridiem === null && to.meridiem === null && end <= start && end + 720 > start && to.hour < 12) end += 720;
  // "1–5 PM": the start shares the end's afternoon when that keeps it before the end.
  if (from.meridiem === null && to.meridiem === 'pm' && from.hour < 12 && start + 720 < end) start += 720;
  if (end === 0 && to.meridiem !== null) end = 24 * 60;
  if (start >= end || end > 24 * 60) return null;
  return [start, end];
}

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Reads opening hours text into weekly windows (ISO weekdays, local "HH:MM"),
 * or `null` when any part of it is not understood.
 */
export function parseOpeningHours(text: string): SendWindow[] | null {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  const windows: SendWindow[] = [];
  let days: number[] = [];
  // Once a group of days has its hours, the next day named starts a new group.
  let assigned = false;
  // "closed Sunday": the days after the word are closed.
  let closedNext = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    switch (token.kind) {
      case 'day':
      case 'days': {
        if (assigned) {
          days = [];
          assigned = false;
        }
        const previous = tokens[i - 1];
        const before = tokens[i - 2];
        if (token.kind === 'day' && previous?.kind === 'range' && before?.kind === 'day') {
          // A day range, possibly across the weekend (Sat–Mon).
          for (let d = before.day % 7 + 1; d !== token.day % 7 + 1; d = d % 7 + 1) days.push(d);
        } else {
          days.push(...(token.kind === 'day' ? [token.day] : token.days));
        }
        if (closedNext) assigned = true;
        break;
      }
      case 'time': {
        const separator = tokens[i + 1];
        const end = tokens[i + 2];
        if (separator?.kind !== 'range' || end?.kind !== 'time' || days.length === 0) return null;
        const range = resolveRange(token, end);
        if (!range) return null;
        windows.push({ weekdays: [...new Set(days)].sort((a, b) => a - b), start: hhmm(range[0]), end: hhmm(range[1]) });
        assigned = true;
        closedNext = false;
        i += 2;
        break;
      }
      case 'closed':
        if (!assigned && days.length > 0) assigned = true;
        else closedNext = true;
        break;
      case 'range':
        // Only meaningful between two days (handled above) or two times (consumed above).
        if (tokens[i - 1]?.kind !== 'day' || tokens[i + 1]?.kind !== 'day') return null;
        break;
      case 'filler':
        break;
    }
  }
  // Days named without hours (and not "closed") mean the text was not understood.
  if (!assigned) return null;
  return windows.length > 0 ? windows : null;
}

export interface BranchOpenState {
  /** Null when the hours text could not be read or the zone is unknown. */
  openNow: boolean | null;
  /** While closed: when it next opens. */
  opensAt: Date | null;
  windows: SendWindow[] | null;
}

export function branchOpenState(openingHours: string, timeZone: string, now: Date): BranchOpenState {
  const windows = parseOpeningHours(openingHours);
  if (!windows || !isValidTimeZone(timeZone)) return { openNow: null, opensAt: null, windows };
  if (windows.some((window) => isInSendWindow(now, timeZone, window))) return { openNow: true, opensAt: null, windows };
  const opensAt = windows.map((window) => nextSendTime(now, timeZone, window)).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return { openNow: false, opensAt, windows };
}

import { TRADE_SYNONYMS } from './trade-synonyms';

/** At most this many spellings of one search go to Postgres (OR'ed), however many synonyms it holds. */
export const MAX_SEARCH_VARIANTS = 8;

interface Group {
  members: readonly string[];
}

interface Occurrence {
  start: number;
  end: number;
  group: Group;
  member: string;
  negated: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest members first, so "truck driver" wins over a shorter member inside it. */
function compile(groups: readonly (readonly string[])[]): Array<{ member: string; pattern: RegExp; group: Group }> {
  return groups
    .flatMap((members) => {
      const group: Group = { members };
      return members.map((member) => ({
        member,
        group,
        // A member is a whole word or phrase: not part of a longer word, not hyphen-joined ("cdl-a" is still cdl).
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${member.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
      }));
    })
    .sort((a, b) => b.member.length - a.member.length);
}

const COMPILED = compile(TRADE_SYNONYMS);

/** Spans of the text inside double quotes: a quoted phrase is meant exactly, so it is never rewritten. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (open < 0) open = i;
    else {
      spans.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

function findOccurrences(text: string): Occurrence[] {
  const quoted = quotedSpans(text);
  const taken: Occurrence[] = [];
  for (const { member, pattern, group } of COMPILED) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (quoted.some(([a, b]) => start > a && start < b)) continue;
      if (taken.some((o) => start < o.end && end > o.start)) continue;
      taken.push({ start, end, group, member, negated: text[start - 1] === '-' });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The person's search text and its spellings with trade synonyms swapped in
 * ("cna night" → also "\"certified nursing assistant\" night"). The first
 * element is the text as typed (with an excluded trade word's synonyms excluded
 * too); each is meant for
 * websearch_to_tsquery, and the search matches any of them. Pure.
 */
export function expandSearchText(text: string): string[] {
  const excluding = excludeSynonyms(text);
  const occurrences = findOccurrences(excluding).filter((o) => !o.negated);
  let variants: string[] = [excluding];
  // Right to left, so earlier offsets stay valid while later spans are replaced.
  for (const occurrence of [...occurrences].reverse()) {
    const alternatives = alternativesOf(occurrence);
    const next: string[] = [];
    for (const variant of variants) {
      next.push(variant);
      for (const alternative of alternatives) {
        next.push(`${variant.slice(0, occurrence.start)}${asTerm(alternative)}${variant.slice(occurrence.end)}`);
      }
    }
    variants = next;
  }
  return [...new Set(variants)].slice(0, MAX_SEARCH_VARIANTS);
}

const alternativesOf = (occurrence: Occurrence) => occurrence.group.members.filter((m) => m !== occurrence.member);
const asTerm = (member: string) => (member.includes(' ') ? `"${member}"` : member);

/**
 * "-rn" means "no registered nurses" too: an excluded trade word excludes its
 * synonyms as well (ANDed exclusions, written into the text itself; an OR of
 * spellings would let the excluded jobs back in through the other spelling).
 */
function excludeSynonyms(text: string): string {
  let result = text;
  for (const occurrence of findOccurrences(text).filter((o) => o.negated).reverse()) {
    const extra = alternativesOf(occurrence).map((m) => ` -${asTerm(m)}`).join('');
    result = `${result.slice(0, occurrence.end)}${extra}${result.slice(occurrence.end)}`;
  }
  return result;
}

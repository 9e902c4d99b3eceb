/**
 * How well does a resume cover the skills a job asks for? The agency tells
 * candidates to read the job description closely and make their resume show
 * exactly those skills; this shows them which ones their resume never names.
 */

export interface ResumeFit {
  /** matched / unique skills, an exact fraction from 0 to 1; 1 when the job lists no skills. */
  score: number;
  /** Skills found in the resume, in the job's order, as the job spells them (trimmed). */
  matched: string[];
  /** Skills not found, in the job's order, as the job spells them (trimmed). */
  missing: string[];
}

export interface JobSkillsInput {
  title: string;
  description: string;
  skills: string[];
}

/**
 * Characters that continue a term. `+` and `#` are included so that `C` does
 * not match inside `C++` or `C#`. The boundary test runs in code rather than
 * as regex lookarounds: Unicode property classes made every per-skill regex
 * take milliseconds to compile.
 */
const TERM_CHAR = /^[\p{L}\p{N}\p{M}_+#]$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
// Between the words of a multi-word skill, any run of spaces, line breaks or hyphens will do.
const WORD_GAP = String.raw`[\s\-\u2010-\u2015]+`;
const SKILL_WORD_SPLIT = /[\s\-\u2010-\u2015]+/u;

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const isPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(isPair ? index - 2 : index - 1, index);
}

function codePointFrom(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

// A dot between word characters joins one term ("Node.js"), so `Node` must not
// match there, while a dot that ends a sentence ("I know .NET.") is a boundary.
function startsTerm(text: string, index: number): boolean {
  const before = codePointBefore(text, index);
  if (TERM_CHAR.test(before)) return false;
  return !(before === '.' && WORD_CHAR.test(codePointBefore(text, index - 1)));
}

function endsTerm(text: string, index: number): boolean {
  const after = codePointFrom(text, index);
  if (TERM_CHAR.test(after)) return false;
  return !(after === '.' && WORD_CHAR.test(codePointFrom(text, index + 1)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Compatibility normalisation lets full-width or ligature spellings match their plain forms. */
function normalize(text: string): string {
  return text.normalize('NFKC');
}

function skillWords(skill: string): string[] {
  return normalize(skill).trim().split(SKILL_WORD_SPLIT).filter((word) => word !== '');
}

// Two spellings are the same skill when they would match the same text ("Full-stack" and "full stack").
function skillKey(skill: string): string {
  const words = skillWords(skill);
  return (words.length > 0 ? words.join(' ') : normalize(skill).trim()).toLowerCase();
}

function skillPattern(skill: string): RegExp {
  const words = skillWords(skill);
  // A skill made only of separators ("-") is matched literally.
  const body = words.length > 0 ? words.map(escapeRegExp).join(WORD_GAP) : escapeRegExp(normalize(skill).trim());
  return new RegExp(body, 'giu');
}

function containsTerm(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (startsTerm(text, match.index) && endsTerm(text, match.index + match[0].length)) return true;
    // Resume one character on, so an occurrence that fails the boundary test cannot hide an overlapping one.
    pattern.lastIndex = match.index + 1;
  }
  return false;
}

/**
 * Skills once each, blanks dropped, first spelling kept (trimmed). Two skills
 * are the same when they differ only in case, surrounding space, or the spaces
 * and hyphens between their words.
 */
export function uniqueSkills(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const skill of skills) {
    if (typeof skill !== 'string') continue;
    const key = skillKey(skill);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    unique.push(skill.trim());
  }
  return unique;
}

/** True when `skill` appears in `text` as a whole term, ignoring case. */
export function mentionsSkill(text: string, skill: string): boolean {
  return containsTerm(normalize(text), skillPattern(skill));
}

/**
 * Checks each of the job's skills against the resume text as a whole term,
 * ignoring case: `Java` does not match `JavaScript`, while `C++`, `C#`, `.NET`,
 * `Node.js` and multi-word skills such as `forklift certification` (across
 * line breaks or hyphens too) do match. Only `job.skills` is scored; title and
 * description are accepted so a job record can be passed as it is.
 */
export function assessResumeFit(job: JobSkillsInput, resumeText: string): ResumeFit {
  const skills = uniqueSkills(job.skills ?? []);
  const text = normalize(resumeText ?? '');
  const matched: string[] = [];
  const missing: string[] = [];
  for (const skill of skills) {
    (containsTerm(text, skillPattern(skill)) ? matched : missing).push(skill);
  }
  return {
    score: skills.length === 0 ? 1 : matched.length / skills.length,
    matched,
    missing,
  };
}

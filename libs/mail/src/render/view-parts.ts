import { companyResearchChecklist, type ResearchItem } from '@nextstep/guidance';
import type { BranchContact, CandidateRecipient, CompanyInfo, EmailLinks, InterviewDetails } from '../email-data';

/*
 * Templates compile in handlebars strict mode, so a misspelt field throws
 * instead of rendering as nothing. That only works if every optional fact is
 * present as an explicit `null`; these builders guarantee it.
 */

export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function textOrNull(value: string | null | undefined): string | null {
  return hasText(value) ? value.trim() : null;
}

/** Links end up in href attributes: only absolute http(s) URLs get there. */
export function absoluteUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`E-mail link ${field} must be an absolute URL (got "${value}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`E-mail link ${field} must use http or https (got "${url.protocol}")`);
  }
  return url.toString();
}

export function linksView(links: EmailLinks) {
  return {
    portal: absoluteUrl(links.portal, 'portal'),
    unsubscribe: hasText(links.unsubscribe) ? absoluteUrl(links.unsubscribe, 'unsubscribe') : null,
  };
}

export function candidateView(candidate: CandidateRecipient) {
  const lastName = textOrNull(candidate.lastName);
  return {
    firstName: candidate.firstName.trim(),
    fullName: lastName ? `${candidate.firstName.trim()} ${lastName}` : candidate.firstName.trim(),
    timeZone: candidate.timeZone,
  };
}

export function displayCompany(company: CompanyInfo) {
  const confidential = company.confidential === true || !hasText(company.name);
  const values = (company.values ?? []).filter(hasText).map((value) => value.trim());
  return {
    named: !confidential,
    // A confidential employer must not be identifiable from the e-mail.
    displayName: confidential ? (textOrNull(company.descriptor) ?? 'a client company of the agency') : company.name.trim(),
    mission: textOrNull(company.mission),
    values,
    valuesText: values.length > 0 ? values.join(', ') : null,
    goals: textOrNull(company.goals),
    operations: textOrNull(company.operations),
    website: confidential ? null : textOrNull(company.website),
  };
}

/** Profile text is followed by advice in the same line, so it must end like a sentence. */
function asSentence(text: string | null): string | null {
  if (text === null) return null;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

const RESEARCH_LABELS: Record<ResearchItem, string> = {
  mission: 'Mission',
  values: 'Values',
  goals: 'Goals',
  operations: 'Operations',
};

/** What to do with each known fact in an interview (the guidance prompt is written for the resume). */
const INTERVIEW_USE: Record<ResearchItem, string> = {
  mission: 'Be ready to say how your work would serve it.',
  values: 'Bring one example from your own work that shows them.',
  goals: 'Think about how you could help the company get there.',
  operations: 'Match your skills to the day-to-day work.',
};

/**
 * The research part of the preparation list, in the guidance library's order
 * (mission, values, goals, operations): what the profile says where it is
 * known, the guidance library's advice on where to look where it is not.
 */
export function preparationView(company: CompanyInfo) {
  const shown = displayCompany(company);
  const checklist = companyResearchChecklist({
    // A confidential employer's name must not leak through the prompts either.
    name: shown.named ? shown.displayName : '',
    mission: shown.mission,
    values: shown.values,
    goals: shown.goals,
    operations: shown.operations,
    website: shown.website,
  });
  const profileText: Record<ResearchItem, string | null> = {
    mission: shown.mission,
    values: shown.valuesText,
    goals: shown.goals,
    operations: shown.operations,
  };
  return checklist.map((entry) => ({
    label: RESEARCH_LABELS[entry.item],
    known: entry.known,
    profileText: entry.known ? asSentence(profileText[entry.item]) : null,
    advice: entry.known ? INTERVIEW_USE[entry.item] : entry.prompt,
  }));
}

export function branchView(branch: BranchContact) {
  return {
    name: branch.name.trim(),
    phone: branch.phone.trim(),
    // tel: links want digits only; a leading + keeps the country code.
    phoneHref: `tel:${branch.phone.trim().replace(/(?!^\+)[^\d]/g, '')}`,
    email: branch.email.trim(),
    address: textOrNull(branch.address),
    openingHours: textOrNull(branch.openingHours),
  };
}

export function interviewView(interview: InterviewDetails) {
  if (!Number.isFinite(interview.durationMinutes) || interview.durationMinutes <= 0) {
    throw new RangeError(`Interview durationMinutes must be positive (got ${interview.durationMinutes})`);
  }
  return {
    start: interview.start,
    end: new Date(interview.start.getTime() + interview.durationMinutes * 60_000),
    durationMinutes: interview.durationMinutes,
    isInPerson: interview.mode === 'in_person',
    isPhone: interview.mode === 'phone',
    isVideo: interview.mode === 'video',
    location: textOrNull(interview.location),
    interviewerName: interview.interviewerName.trim(),
  };
}

/** "two weeks" reads better than "14 days" in advice. */
export function describeDays(days: number): string {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  if (days > 0 && days % 7 === 0) {
    const weeks = days / 7;
    return `${words[weeks] ?? String(weeks)} week${weeks === 1 ? '' : 's'}`;
  }
  return `${words[days] ?? String(days)} day${days === 1 ? '' : 's'}`;
}

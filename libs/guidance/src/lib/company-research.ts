/**
 * Before writing a resume the agency wants candidates to learn a company's
 * mission, values, goals and operations, so they can say how they would add
 * value. This turns a company profile into that to-do list.
 */

export type ResearchItem = 'mission' | 'values' | 'goals' | 'operations';

export const RESEARCH_ITEMS: readonly ResearchItem[] = Object.freeze([
  'mission',
  'values',
  'goals',
  'operations',
] as const);

export interface CompanyProfile {
  name: string;
  mission?: string | null;
  values?: string[] | null;
  goals?: string | null;
  operations?: string | null;
  website?: string | null;
}

export interface ResearchChecklistEntry {
  item: ResearchItem;
  known: boolean;
  prompt: string;
}

function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isKnown(company: CompanyProfile, item: ResearchItem): boolean {
  if (item === 'values') {
    return Array.isArray(company.values) && company.values.some(hasText);
  }
  return hasText(company[item]);
}

const WHAT_TO_LEARN: Record<ResearchItem, { topic: string; use: string }> = {
  mission: {
    topic: 'mission (what it exists to do)',
    use: 'think about how your experience helps with it',
  },
  values: {
    topic: 'values (what it stands for and how it treats people)',
    use: 'pick an example from your own work that shows the same values',
  },
  goals: {
    topic: 'goals (where it wants to be in the next few years)',
    use: 'note how you could help it get there',
  },
  operations: {
    topic: 'operations (what it offers, to whom, and how the work gets done)',
    use: 'match your skills to the day-to-day work',
  },
};

function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/**
 * One entry per research item, always in the order mission, values, goals,
 * operations. An item is known when the profile has non-blank text for it
 * (for values: at least one non-blank entry). Prompts say what to learn and,
 * for unknown items, where to look: the company website when the profile has
 * one, otherwise news, annual reports or the branch.
 */
export function companyResearchChecklist(company: CompanyProfile): ResearchChecklistEntry[] {
  const name = hasText(company.name) ? company.name.trim() : 'the company';
  const website = hasText(company.website) ? company.website.trim() : null;
  return RESEARCH_ITEMS.map((item) => {
    const known = isKnown(company, item);
    const { topic, use } = WHAT_TO_LEARN[item];
    const subject = `${possessive(name)} ${topic}`;
    const prompt = known
      ? `Read what the profile of ${name} says about its ${topic}, then ${use}, so your resume and cover letter can show it.`
      : website
        ? `Find out ${subject}: start with the company website, ${website}. Then ${use}.`
        : `Find out ${subject}: look through recent news and annual reports, or ask the branch what they know. Then ${use}.`;
    return { item, known, prompt };
  });
}

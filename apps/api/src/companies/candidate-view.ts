import type { Company } from '@nextstep/db';

/** What sentences written to candidates call a confidential client. */
export const CONFIDENTIAL_COMPANY_NAME = 'the company';

/**
 * The company as rules and texts for candidates may see it. A confidential
 * client keeps its mission, values, goals and operations (they help the
 * candidate prepare), but its name and website are gone before any rule,
 * prompt or template gets the object, so none can leak them, however it
 * fills gaps in the profile.
 */
export function companyForCandidates<T extends Pick<Company, 'name' | 'website' | 'confidential'>>(company: T): T {
  return company.confidential ? { ...company, name: CONFIDENTIAL_COMPANY_NAME, website: null } : company;
}

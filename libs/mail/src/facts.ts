import type { BranchContact, CompanyInfo } from './email-data';

/** The company columns e-mails and calendar files are written from. */
export interface CompanyFacts {
  name: string;
  industry: string;
  confidential: boolean;
  mission?: string | null;
  values?: readonly string[] | null;
  goals?: string | null;
  operations?: string | null;
  website?: string | null;
}

/** The branch columns e-mails and calendar files are written from. */
export interface BranchFacts {
  name: string;
  phone: string;
  email: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  openingHours?: string | null;
}

/**
 * A company as e-mails describe it. A confidential employer gets the neutral
 * "a leading <industry>" the job board also shows, never its name.
 */
export function companyInfoFrom(company: CompanyFacts): CompanyInfo {
  return {
    name: company.name,
    confidential: company.confidential,
    descriptor: company.confidential ? `a leading ${company.industry}` : null,
    mission: company.mission ?? null,
    values: company.values ?? null,
    goals: company.goals ?? null,
    operations: company.operations ?? null,
    website: company.website ?? null,
  };
}

/** A branch as e-mails show it: whom to call, where, and when. */
export function branchContactFrom(branch: BranchFacts): BranchContact {
  return {
    name: branch.name,
    phone: branch.phone,
    email: branch.email,
    address: `${branch.addressLine}, ${branch.city}, ${branch.region} ${branch.postalCode}`,
    openingHours: branch.openingHours ?? null,
  };
}

import { randomUUID } from 'node:crypto';

/**
 * Request bodies that POST /api/branches, /api/companies and /api/jobs accept, for tests about who may write
 * rather than what is written. One copy, so a new required field is added once.
 */
export function branchWriteBody(): Record<string, unknown> {
  return {
    name: `Branch ${randomUUID().slice(0, 6)}`,
    addressLine: '100 State St',
    city: 'Rockford',
    region: 'IL',
    postalCode: '61101',
    phone: '+1 815 555 0101',
    email: 'rockford@nextstep.example',
    latitude: 42.27,
    longitude: -89.09,
    timeZone: 'America/Chicago',
    openingHours: 'Mon-Fri 8-17',
  };
}

/** A client company's profile fields (all but its name and branch). */
export const COMPANY_PROFILE = {
  industry: 'food producer',
  mission: 'Feed the region.',
  values: ['Care'],
  goals: 'Open a second line.',
  operations: 'One plant.',
} as const;

export function companyWriteBody(): Record<string, unknown> {
  return { name: `Client ${randomUUID().slice(0, 6)}`, ...COMPANY_PROFILE };
}

/** An open job of `companyId` at `branchId`. */
export function jobWriteBody(branchId: string, companyId: string): Record<string, unknown> {
  return {
    title: 'Line Cook',
    description: 'Prepare meals for the plant cafeteria on the morning shift.',
    employmentType: 'temporary',
    skills: ['food safety'],
    city: 'Rockford',
    region: 'IL',
    postalCode: '61101',
    latitude: 42.27,
    longitude: -89.09,
    payMinCents: 1700,
    payMaxCents: 1900,
    payPeriod: 'hour',
    branchId,
    companyId,
    status: 'open',
  };
}

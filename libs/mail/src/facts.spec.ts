import { describe, expect, it } from 'vitest';
import { branchContactFrom, companyInfoFrom } from './facts';

describe('e-mail facts from database rows', () => {
  const company = { name: 'Acme Foods', industry: 'food producer', confidential: false, mission: 'Feed the valley.', values: ['Care'], goals: null, operations: 'One plant.', website: null };

  it('describes a confidential employer without its name', () => {
    expect(companyInfoFrom(company)).toMatchObject({ name: 'Acme Foods', confidential: false, descriptor: null });
    expect(companyInfoFrom({ ...company, confidential: true })).toMatchObject({ confidential: true, descriptor: 'a leading food producer' });
  });

  it('writes the branch address on one line', () => {
    const branch = { name: 'Joliet', phone: '+1 815-555-0142', email: 'joliet@example.com', addressLine: '1 Main St', city: 'Joliet', region: 'IL', postalCode: '60432', openingHours: 'Mon–Fri 8–17' };
    expect(branchContactFrom(branch)).toEqual({
      name: 'Joliet',
      phone: '+1 815-555-0142',
      email: 'joliet@example.com',
      address: '1 Main St, Joliet, IL 60432',
      openingHours: 'Mon–Fri 8–17',
    });
  });
});

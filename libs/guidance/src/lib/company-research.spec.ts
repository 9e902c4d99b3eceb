import { describe, expect, it } from 'vitest';
import { companyResearchChecklist } from './company-research';

describe('companyResearchChecklist', () => {
  it('lists mission, values, goals and operations in that order', () => {
    expect(companyResearchChecklist({ name: 'Acme' }).map((entry) => entry.item)).toEqual([
      'mission',
      'values',
      'goals',
      'operations',
    ]);
  });

  it('marks items known only when the profile has non-blank text', () => {
    const checklist = companyResearchChecklist({
      name: 'Acme',
      mission: 'Keep shelves stocked',
      values: ['', '  '],
      goals: '   ',
      operations: null,
    });
    expect(checklist.map((entry) => entry.known)).toEqual([true, false, false, false]);
    expect(companyResearchChecklist({ name: 'Acme', values: [' ', 'Safety first'] })[1]?.known).toBe(true);
  });

  it('points to the profile for known items and to the website for unknown ones', () => {
    const [mission, values] = companyResearchChecklist({
      name: 'Acme Logistics',
      mission: 'Keep shelves stocked',
      website: 'https://acme.example',
    });
    expect(mission?.prompt).toMatch(/profile/i);
    expect(mission?.prompt).toContain('Acme Logistics');
    expect(mission?.prompt).toMatch(/mission/);
    expect(values?.prompt).toContain('https://acme.example');
    expect(values?.prompt).toMatch(/values/);
  });

  it('suggests news, annual reports or the branch when there is no website', () => {
    for (const entry of companyResearchChecklist({ name: 'Acme', website: '  ' })) {
      expect(entry.known).toBe(false);
      expect(entry.prompt).toMatch(/news/);
      expect(entry.prompt).toMatch(/annual reports/);
      expect(entry.prompt).toMatch(/branch/);
      expect(entry.prompt).toContain(entry.item);
    }
  });

  it('writes a correct possessive and copes with a blank name', () => {
    expect(companyResearchChecklist({ name: 'Siemens' })[0]?.prompt).toContain("Siemens' mission");
    expect(companyResearchChecklist({ name: ' ' })[0]?.prompt).toContain("the company's mission");
  });
});

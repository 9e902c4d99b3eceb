import { describe, expect, it } from 'vitest';
import { jobSearchPath } from './job-search-link';
import { isWebRoute } from './web-routes';

describe('jobSearchPath', () => {
  it('writes the search page query, newest first', () => {
    const path = jobSearchPath({ q: 'forklift operator', employmentTypes: ['temporary', 'temp_to_hire'], postalCode: '60540', radiusKm: 40, payMin: 40000 });
    expect(path).toBe('/?q=forklift+operator&employmentType=temporary%2Ctemp_to_hire&postalCode=60540&radiusKm=40&payMin=40000&sort=recent');
    expect(isWebRoute(path)).toBe(true);
  });

  it('uses coordinates when there is no postal code, and leaves out what is not set', () => {
    expect(jobSearchPath({ lat: 41.88, lng: -87.63, radiusKm: 25, q: null, payMin: null })).toBe('/?lat=41.88&lng=-87.63&radiusKm=25&sort=recent');
    expect(jobSearchPath({})).toBe('/?sort=recent');
  });
});

import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from '../../../lib/search-params';
import { parseSearchCriteria, rssHref, toApiQuery } from './search-criteria';

describe('search criteria in the URL', () => {
  it('reads a shared link, dropping each bad value on its own', () => {
    const raw = parseSearch(
      '?q=+forklift+&employmentType=temporary,nonsense&payMin=-5&postedWithinDays=7&radiusKm=40&lat=41.88&sort=sideways&pages=3',
    );
    expect(parseSearchCriteria(raw)).toEqual({ q: 'forklift', postedWithinDays: 7, radiusKm: 40, pages: 3 });
  });

  it('writes lists comma-separated and leaves out what is not set', () => {
    expect(stringifySearch({ q: 'line cook', employmentType: ['temporary', 'direct_hire'], payMin: undefined, pages: 2 })).toBe(
      '?q=line+cook&employmentType=temporary%2Cdirect_hire&pages=2',
    );
    expect(parseSearchCriteria(parseSearch(stringifySearch({ employmentType: ['temp_to_hire'], payMin: 40000 })))).toEqual({
      employmentType: ['temp_to_hire'],
      payMin: 40000,
    });
  });

  it('turns the criteria into the API query, with distance only from a known origin', () => {
    const criteria = parseSearchCriteria({ q: 'welder', postalCode: '60606', radiusKm: '40', sort: 'distance' });
    expect(toApiQuery(criteria, null)).toEqual({ q: 'welder', limit: 20 });
    expect(toApiQuery(criteria, { lat: 41.88, lng: -87.63 })).toEqual({
      q: 'welder',
      lat: 41.88,
      lng: -87.63,
      radiusKm: 40,
      sort: 'distance',
      limit: 20,
    });
  });

  it('links the RSS feed with the same query as GET /api/jobs', () => {
    expect(rssHref({ q: 'welder', employmentType: ['temporary', 'direct_hire'], payMin: 40000, limit: 20 })).toBe(
      '/jobs.rss?q=welder&employmentType=temporary%2Cdirect_hire&payMin=40000',
    );
    expect(rssHref({ limit: 20 })).toBe('/jobs.rss');
  });
});

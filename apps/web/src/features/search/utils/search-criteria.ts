import type { operations } from '@nextstep/api-client';
import { z } from 'zod';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../../../lib/employment-types';
import { commaList, numberParam } from '../../../lib/search-params';

export type JobSearchQuery = NonNullable<operations['JobsController_search']['parameters']['query']>;

const SORTS = ['relevance', 'recent', 'distance'] as const;
export const PAGE_SIZE = 20;
export const MAX_PAGES = 10;

// Each field falls back to "not set" on its own, so one bad value in a shared link never breaks the search.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** What the search page's URL holds: the criteria, the filters and how many pages are shown. */
export const searchCriteriaSchema = z.object({
  q: optional(
    z
      .string()
      .trim()
      .max(200)
      .transform((q) => q || undefined),
  ),
  employmentType: optional(z.preprocess(commaList, z.array(z.enum(EMPLOYMENT_TYPES as [EmploymentType, ...EmploymentType[]])).max(3))),
  postalCode: optional(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9 -]{1,9}$/),
  ),
  lat: optional(z.preprocess(numberParam, z.number().min(-90).max(90))),
  lng: optional(z.preprocess(numberParam, z.number().min(-180).max(180))),
  radiusKm: optional(z.preprocess(numberParam, z.number().min(0.1).max(500))),
  payMin: optional(z.preprocess(numberParam, z.number().int().min(0).max(10_000_000))),
  postedWithinDays: optional(z.preprocess(numberParam, z.number().int().min(1).max(365))),
  sort: optional(z.enum(SORTS)),
  pages: optional(z.preprocess(numberParam, z.number().int().min(2).max(MAX_PAGES))),
});

export type SearchCriteria = z.output<typeof searchCriteriaSchema>;

export function parseSearchCriteria(raw: Record<string, unknown>): SearchCriteria {
  const parsed = searchCriteriaSchema.parse(raw);
  // Keep the URL tidy: drop what is not set, and a half coordinate.
  const entries = Object.entries(parsed).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  const criteria = Object.fromEntries(entries) as SearchCriteria;
  if (criteria.lat === undefined || criteria.lng === undefined) {
    delete criteria.lat;
    delete criteria.lng;
  }
  return criteria;
}

export type Origin = { lat: number; lng: number };

/** Where distances are measured from: the person's position, or the postal code once it is located. */
export function originOf(criteria: SearchCriteria, postalOrigin: Origin | null): Origin | null {
  if (criteria.lat !== undefined && criteria.lng !== undefined) return { lat: criteria.lat, lng: criteria.lng };
  return criteria.postalCode ? postalOrigin : null;
}

/** The GET /api/jobs query for the criteria (without cursor). */
export function toApiQuery(criteria: SearchCriteria, origin: Origin | null): JobSearchQuery {
  const query: JobSearchQuery = { limit: PAGE_SIZE };
  if (criteria.q) query.q = criteria.q;
  if (criteria.employmentType?.length) query.employmentType = criteria.employmentType;
  if (criteria.payMin !== undefined) query.payMin = criteria.payMin;
  if (criteria.postedWithinDays !== undefined) query.postedWithinDays = criteria.postedWithinDays;
  if (origin) {
    query.lat = origin.lat;
    query.lng = origin.lng;
    if (criteria.radiusKm !== undefined) query.radiusKm = criteria.radiusKm;
  }
  const sort = criteria.sort;
  if (sort && (sort !== 'distance' || origin) && (sort !== 'relevance' || criteria.q)) query.sort = sort;
  return query;
}

/** The RSS feed of the same search (the API serves /jobs.rss with the query of GET /api/jobs). */
export function rssHref(query: JobSearchQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (key === 'limit' || key === 'cursor' || value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `/jobs.rss?${text}` : '/jobs.rss';
}

/** How many filters narrow the search (for the "Filters (2)" button on a phone). */
export function activeFilterCount(criteria: SearchCriteria): number {
  return [
    criteria.employmentType?.length,
    criteria.postalCode || criteria.lat !== undefined,
    criteria.payMin !== undefined,
    criteria.postedWithinDays !== undefined,
  ].filter(Boolean).length;
}

import { webPath, WebRoute } from './web-routes';

/** A saved search's criteria, as a job alert stores them. */
export interface JobSearchLinkCriteria {
  q?: string | null;
  employmentTypes?: readonly string[] | null;
  branchId?: string | null;
  /** Shown instead of the coordinates when the person searched by postal code. */
  postalCode?: string | null;
  lat?: number | null;
  lng?: number | null;
  radiusKm?: number | null;
  /** Yearly USD. */
  payMin?: number | null;
}

/**
 * The web app's job search for these criteria, newest first: where a job
 * alert's "and N more" and "see the search" links go. The parameter names
 * are the search page's own (and GET /api/jobs').
 */
export function jobSearchPath(criteria: JobSearchLinkCriteria): string {
  const query: Record<string, string> = {};
  if (criteria.q) query['q'] = criteria.q;
  if (criteria.employmentTypes?.length) query['employmentType'] = criteria.employmentTypes.join(',');
  if (criteria.branchId) query['branchId'] = criteria.branchId;
  if (criteria.postalCode) query['postalCode'] = criteria.postalCode;
  else if (criteria.lat != null && criteria.lng != null) {
    query['lat'] = String(criteria.lat);
    query['lng'] = String(criteria.lng);
  }
  if (criteria.radiusKm != null && (criteria.postalCode || criteria.lat != null)) query['radiusKm'] = String(criteria.radiusKm);
  if (criteria.payMin != null) query['payMin'] = String(criteria.payMin);
  query['sort'] = 'recent';
  return webPath(WebRoute.search, {}, query);
}

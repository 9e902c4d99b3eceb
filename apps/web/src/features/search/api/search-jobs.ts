import { infiniteQueryOptions, useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';
import { originOf, toApiQuery, type JobSearchQuery, type Origin, type SearchCriteria } from '../utils/search-criteria';

/**
 * The open jobs for a query, one page per `nextCursor` (keyset pages from the
 * API). `pages` comes from the URL: after a reload or Back the same number of
 * pages is fetched again, one after another.
 */
export function useJobSearch(query: JobSearchQuery | null, pages = 1) {
  const result = useInfiniteQuery({ ...jobSearchOptions(query), enabled: query !== null });
  const { data, hasNextPage, isFetchingNextPage, isError, fetchNextPage } = result;
  const loaded = data?.pages.length ?? 0;
  useEffect(() => {
    if (loaded > 0 && loaded < pages && hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [loaded, pages, hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return result;
}

function jobSearchOptions(query: JobSearchQuery | null) {
  return infiniteQueryOptions({
    queryKey: ['jobs', 'search', query],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/jobs', { params: { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } }, signal })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/**
 * Starts the first page's request from the route's loader, before the search page has rendered
 * (the time to first results is budgeted). Not awaited, so the page shows its loading state
 * meanwhile; a postal code is looked up first, so that search waits for the page.
 */
export function prefetchJobSearch(queryClient: QueryClient, criteria: SearchCriteria): void {
  if (criteria.postalCode && criteria.lat === undefined) return;
  void queryClient.prefetchInfiniteQuery(jobSearchOptions(toApiQuery(criteria, originOf(criteria, null))));
}

/** Where a postal code is, from the API's list of known postal codes (branches and jobs). */
export function usePostalCodeOrigin(postalCode: string | undefined) {
  return useQuery({
    queryKey: ['postal-code', postalCode],
    queryFn: async ({ signal }): Promise<Origin> => {
      const nearest = await unwrap(
        api.GET('/api/branches/nearest', { params: { query: { postalCode: postalCode ?? '', limit: 1 } }, signal }),
      );
      return { lat: nearest.origin.latitude, lng: nearest.origin.longitude };
    },
    enabled: Boolean(postalCode),
    staleTime: Infinity,
  });
}

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';
import type { JobSearchQuery, Origin } from '../utils/search-criteria';

/**
 * The open jobs for a query, one page per `nextCursor` (keyset pages from the
 * API). `pages` comes from the URL: after a reload or Back the same number of
 * pages is fetched again, one after another.
 */
export function useJobSearch(query: JobSearchQuery | null, pages = 1) {
  const result = useInfiniteQuery({
    queryKey: ['jobs', 'search', query],
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET('/api/jobs', { params: { query: { ...query, ...(pageParam ? { cursor: pageParam } : {}) } }, signal })),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: query !== null,
  });
  const { data, hasNextPage, isFetchingNextPage, isError, fetchNextPage } = result;
  const loaded = data?.pages.length ?? 0;
  useEffect(() => {
    if (loaded > 0 && loaded < pages && hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [loaded, pages, hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return result;
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

import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

export type BranchOrigin = { postalCode: string } | { lat: number; lng: number };

/** Nearest branches to a point or a postal code (with distanceKm), or every branch when no origin is given. */
export function useBranches(origin: BranchOrigin | null) {
  return useQuery({
    queryKey: ['branches', origin],
    queryFn: async ({ signal }) => {
      if (!origin)
        return {
          origin: null,
          items: (await unwrap(api.GET('/api/branches', { signal }))).items.map((branch) => ({ ...branch, distanceKm: null })),
        };
      const nearest = await unwrap(api.GET('/api/branches/nearest', { params: { query: { ...origin, limit: 5 } }, signal }));
      return { origin: nearest.origin, items: nearest.items };
    },
  });
}

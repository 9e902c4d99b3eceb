import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

export function useJob(jobId: string) {
  return useQuery({
    queryKey: ['jobs', 'detail', jobId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/jobs/{id}', { params: { path: { id: jobId } }, signal })),
  });
}

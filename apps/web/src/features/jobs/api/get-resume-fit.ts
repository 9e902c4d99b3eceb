import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

/** The signed-in candidate's resume against the job's skills ('me' keys are dropped when the session ends). */
export function useResumeFit(jobId: string) {
  return useQuery({
    queryKey: ['me', 'resume-fit', jobId],
    queryFn: ({ signal }) => unwrap(api.GET('/api/jobs/{id}/resume-fit', { params: { path: { id: jobId } }, signal })),
  });
}

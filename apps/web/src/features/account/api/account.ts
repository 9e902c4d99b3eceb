import type { Schemas } from '@nextstep/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

export type Profile = Schemas['ProfileDto'];
export type ProfileChanges = Schemas['UpdateProfileDto'];

export const profileKey = ['me', 'profile'] as const;

export const profileQuery = () =>
  queryOptions({
    queryKey: profileKey,
    queryFn: () => unwrap(api.GET('/api/me/profile')),
  });

export function updateProfile(changes: ProfileChanges): Promise<Profile> {
  return unwrap(api.PATCH('/api/me/profile', { body: changes }));
}

export function uploadResume(file: File): Promise<Profile> {
  return unwrap(
    api.PUT('/api/me/resume', {
      // The generated type says "string (binary)"; the request really carries the file as multipart.
      body: { file: file.name },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );
}

/** Everything held about the candidate, as the JSON file the API builds. */
export async function exportMyData(): Promise<Blob> {
  return unwrap(api.GET('/api/me/export', { parseAs: 'blob' })) as Promise<Blob>;
}

export async function eraseAccount(password: string): Promise<void> {
  await unwrap(api.DELETE('/api/me', { body: { password } }));
}

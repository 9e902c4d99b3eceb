import type { Schemas } from '@nextstep/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';
import { session } from '../../../lib/session';

export type SignInInput = Schemas['LoginDto'];
export type RegisterInput = Schemas['RegisterDto'];

/** Signs in; the session keeps the access token in memory and the API sets the refresh cookie. */
export function useSignIn() {
  return useMutation({
    mutationFn: (input: SignInInput) => unwrap(api.POST('/api/auth/login', { body: input })),
    onSuccess: (auth) => session.signedIn(auth),
  });
}

/** Creates a candidate account and signs in. */
export function useRegister() {
  return useMutation({
    mutationFn: (input: RegisterInput) => unwrap(api.POST('/api/auth/register', { body: input })),
    onSuccess: (auth) => session.signedIn(auth),
  });
}

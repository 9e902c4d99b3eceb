import type { Schemas } from '@nextstep/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

export type ResetPasswordInput = Schemas['ResetPasswordDto'];

/** Asks for a reset link; the API answers the same whether or not the address has an account. */
export function useForgotPassword() {
  return useMutation({ mutationFn: (email: string) => unwrap(api.POST('/api/auth/forgot-password', { body: { email } })) });
}

/** Sets a new password with the link's token; every session of the account ends. */
export function useResetPassword() {
  return useMutation({ mutationFn: (input: ResetPasswordInput) => unwrap(api.POST('/api/auth/reset-password', { body: input })) });
}

export function useVerifyEmail() {
  return useMutation({ mutationFn: (token: string) => unwrap(api.POST('/api/auth/verify-email', { body: { token } })) });
}

import { SetMetadata, type ExecutionContext } from '@nestjs/common';

const AUTH_RATE_LIMIT = 'nextstep:authRateLimit';

/** The strict per-IP and per-e-mail limit of sign-in and sign-up routes. */
export const AuthRateLimit = (): MethodDecorator => SetMetadata(AUTH_RATE_LIMIT, true);

export function hasAuthRateLimit(context: ExecutionContext): boolean {
  return Reflect.getMetadata(AUTH_RATE_LIMIT, context.getHandler()) === true;
}

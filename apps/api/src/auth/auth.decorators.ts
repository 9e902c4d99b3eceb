import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { UserRole } from '@nextstep/db';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'nextstep:isPublic';
export const ROLES = 'nextstep:roles';
export const NO_STORE = 'nextstep:noStore';

/** Open to anyone, signed in or not. Every other route needs a valid access token. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** A public route whose answers are still personal (sign-in, tokens): never cached. Signed-in routes are never cached anyway. */
export const NoStore = (): MethodDecorator & ClassDecorator => SetMetadata(NO_STORE, true);

/** Only these roles may call the route (after authentication). */
export const Roles = (...roles: UserRole[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES, roles);

export interface RequestWithUser extends FastifyRequest {
  user?: AuthUser;
}

/** The authenticated caller; only on routes that are not @Public(). */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<RequestWithUser>().user;
  if (!user) throw new Error('CurrentUser used on a route without authentication');
  return user;
});

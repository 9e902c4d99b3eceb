import { HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@nextstep/db';
import { ApiError } from '../common/errors/api-error';
import { IS_PUBLIC, ROLES, type RequestWithUser } from './auth.decorators';
import { TokensService } from './tokens.service';
import { ErrorCode } from '@nextstep/contracts';

const SIGN_IN = 'Sign in to continue.';

/**
 * The one place that decides who may call a route: every route needs a valid
 * token unless marked @Public(), and @Roles() narrows it further. The user row
 * is read on every request, so deactivation and password changes take effect
 * at once instead of when the token expires.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    // A route that names roles is never public, even inside a @Public() controller.
    const isPublic = !roles && (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false);
    const request = context.switchToHttp().getRequest<RequestWithUser>();

    const token = bearerToken(request.headers.authorization);
    if (!token) {
      if (isPublic) return true;
      throw new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, SIGN_IN);
    }

    const user = await this.tokens.userFor(token);
    if (!user) {
      // A stale token on a public route is ignored rather than refused.
      if (isPublic) return true;
      throw new ApiError(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, 'Your session is no longer valid. ' + SIGN_IN);
    }

    request.user = user;
    if (roles && !roles.includes(user.role)) {
      throw new ApiError(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN, 'Your account may not do this.');
    }
    return true;
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer ([A-Za-z0-9._~+/-]+=*)$/);
  return match?.[1] ?? null;
}

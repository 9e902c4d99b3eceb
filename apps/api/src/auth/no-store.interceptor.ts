import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@nextstep/db';
import type { FastifyReply } from 'fastify';
import type { Observable } from 'rxjs';
import { IS_PUBLIC, NO_STORE, ROLES } from './auth.decorators';

/**
 * `Cache-Control: no-store` on every answer that is about the caller: all
 * signed-in routes (profile, export, applications ...) and the public ones
 * marked @NoStore() (sign-in answers carry tokens), so no browser or proxy
 * cache keeps them. A handler may still set its own header afterwards.
 */
@Injectable()
export class NoStoreInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const targets = [context.getHandler(), context.getClass()];
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES, targets);
    const isPublic = !roles && (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ?? false);
    if (!isPublic || this.reflector.getAllAndOverride<boolean>(NO_STORE, targets)) {
      void context.switchToHttp().getResponse<FastifyReply>().header('cache-control', 'no-store');
    }
    return next.handle();
  }
}

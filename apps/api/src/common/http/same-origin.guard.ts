import { HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ErrorCode } from '@nextstep/contracts';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

const readsBody = new WeakMap<object, boolean>();

/** Whether the route's handler takes a @Body(): only then does the body's format matter. */
function takesBody(context: ExecutionContext): boolean {
  const handler = context.getHandler();
  let known = readsBody.get(handler);
  if (known === undefined) {
    const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ?? {}) as Record<string, unknown>;
    known = Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.BODY));
    readsBody.set(handler, known);
  }
  return known;
}

/**
 * Stops cross-site forms: a foreign page can post a form (URL-encoded,
 * multipart or text/plain) without asking, but not JSON. So a route that
 * reads a body reads JSON only; the one upload route reads its multipart
 * itself, and routes whose token is in the path ignore their (form) body.
 * And a request that carries cookies must come from the web app's own
 * origin when the browser says where it comes from (Origin).
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  private readonly origin: string;

  constructor(@InjectConfig() config: AppConfig) {
    this.origin = new URL(config.appBaseUrl).origin;
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const origin = request.headers.origin;
    if (request.headers.cookie && origin !== undefined && origin !== this.origin) {
      throw new ApiError(HttpStatus.FORBIDDEN, ErrorCode.ORIGIN_REFUSED, `Requests with cookies are accepted from ${this.origin} only.`);
    }
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (hasBody && takesBody(context) && !JSON_TYPE.test(request.headers['content-type'] ?? '')) {
      throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'Send the body as JSON (Content-Type: application/json).');
    }
    return true;
  }
}

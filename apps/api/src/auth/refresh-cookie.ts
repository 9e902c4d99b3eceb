import type { AppConfig } from '@nextstep/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IssuedRefreshToken } from './tokens.service';

export const REFRESH_COOKIE = 'nextstep_refresh';
// The browser sends the cookie only to the auth routes that need it.
const COOKIE_PATH = '/api/auth';

export function setRefreshCookie(reply: FastifyReply, config: AppConfig, refresh: IssuedRefreshToken): void {
  void reply.setCookie(REFRESH_COOKIE, refresh.token, {
    httpOnly: true,
    secure: config.appBaseUrl.startsWith('https:'),
    sameSite: 'strict',
    path: COOKIE_PATH,
    expires: refresh.expiresAt,
  });
}

export function clearRefreshCookie(reply: FastifyReply): void {
  void reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
}

export function refreshCookie(request: FastifyRequest): string | undefined {
  const value = request.cookies[REFRESH_COOKIE];
  return value && /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
}

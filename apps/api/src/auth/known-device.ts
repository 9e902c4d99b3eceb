import type { AppConfig } from '@nextstep/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * A browser that has signed in to an account before. When strangers have
 * failed so often on an account that it is held back (see SignInBackoff),
 * the right password from a known device still gets in. The cookie is
 * bound to the account by an HMAC, so it proves nothing for another one.
 */
export const DEVICE_COOKIE = 'nextstep_device';
const COOKIE_PATH = '/api/auth';
const YEAR_MS = 365 * 86_400_000;

function mac(secret: string, userId: string, nonce: string): string {
  const key = createHmac('sha256', secret).update('nextstep:known-device').digest();
  return createHmac('sha256', key).update(`${userId}:${nonce}`).digest('base64url').slice(0, 32);
}

export function isKnownDevice(request: FastifyRequest, secret: string, userId: string): boolean {
  const [nonce, given, ...rest] = (request.cookies[DEVICE_COOKIE] ?? '').split('.');
  if (!nonce || !given || rest.length || !/^[A-Za-z0-9_-]{16,64}$/.test(nonce)) return false;
  const expected = Buffer.from(mac(secret, userId, nonce));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Marks this browser as known to the account it just signed in to (kept when it already is). */
export function rememberDevice(request: FastifyRequest, reply: FastifyReply, config: AppConfig, userId: string): void {
  if (isKnownDevice(request, config.jwtSecret, userId)) return;
  const nonce = randomBytes(18).toString('base64url');
  void reply.setCookie(DEVICE_COOKIE, `${nonce}.${mac(config.jwtSecret, userId, nonce)}`, {
    httpOnly: true,
    secure: config.appBaseUrl.startsWith('https:'),
    sameSite: 'strict',
    path: COOKIE_PATH,
    expires: new Date(Date.now() + YEAR_MS),
  });
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The token in every candidate e-mail's one-click unsubscribe link
 * (`POST /api/unsubscribe/<token>`, RFC 8058). It names the user and is
 * signed with the server secret, so nobody can unsubscribe someone else by
 * guessing ids. It never expires: an old e-mail's link must keep working.
 */

const PURPOSE = 'nextstep-unsubscribe-v1';

function signature(userId: string, secret: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${userId}`).digest('base64url');
}

export function createUnsubscribeToken(userId: string, secret: string): string {
  return `${Buffer.from(userId, 'utf8').toString('base64url')}.${signature(userId, secret)}`;
}

/** The user id when the token is genuine, otherwise null. */
export function verifyUnsubscribeToken(token: string, secret: string): string | null {
  const [encoded, given, extra] = token.split('.');
  if (!encoded || !given || extra !== undefined) return null;
  const userId = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(signature(userId, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? userId : null;
}

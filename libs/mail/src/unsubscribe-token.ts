import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The token in every candidate e-mail's one-click unsubscribe link
 * (`POST /api/unsubscribe/<token>`, RFC 8058). It names the user and the day
 * it was issued, signed with the server secret, so nobody can unsubscribe
 * someone else by guessing ids. It works for UNSUBSCRIBE_TOKEN_DAYS, far
 * longer than anyone reads an old e-mail (the law asks for 30 days), and a
 * link copied out of a mailbox or a log does not work for ever.
 */

const PURPOSE = 'nextstep-unsubscribe-v2';
export const UNSUBSCRIBE_TOKEN_DAYS = 365;
const DAY_MS = 86_400_000;

function signature(userId: string, issuedDay: number, secret: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${userId}:${issuedDay}`).digest('base64url');
}

export function createUnsubscribeToken(userId: string, secret: string, issuedAt: Date = new Date()): string {
  const day = Math.floor(issuedAt.getTime() / DAY_MS);
  return `${Buffer.from(userId, 'utf8').toString('base64url')}.${day.toString(36)}.${signature(userId, day, secret)}`;
}

/** The user id when the token is genuine and not expired, otherwise null. */
export function verifyUnsubscribeToken(token: string, secret: string, now: Date = new Date()): string | null {
  const [encoded, issued, given, extra] = token.split('.');
  if (!encoded || !issued || !given || extra !== undefined || !/^[0-9a-z]{1,8}$/.test(issued)) return null;
  const day = parseInt(issued, 36);
  const today = Math.floor(now.getTime() / DAY_MS);
  if (day > today || today - day > UNSUBSCRIBE_TOKEN_DAYS) return null;
  const userId = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(signature(userId, day, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? userId : null;
}

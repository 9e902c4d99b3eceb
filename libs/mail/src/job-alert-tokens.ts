import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The signed tokens in job-alert links. Each is `<payload>.<HMAC>` with a
 * purpose of its own in the HMAC, so a token made for one link can never be
 * used for another (an unsubscribe token does not confirm anything).
 *
 * - Unsubscribe (one alert, or all of a person's alerts): never expire, since
 *   an old e-mail's link must keep working (RFC 8058).
 * - Confirmation (a guest's double opt-in): carries the alert's single-use
 *   nonce and its expiry; the API checks both against the row and the clock.
 */

const PURPOSE = {
  unsubscribe: 'nextstep-job-alert-unsubscribe-v1',
  unsubscribeAll: 'nextstep-job-alerts-unsubscribe-all-v1',
  confirm: 'nextstep-job-alert-confirm-v1',
} as const;

function sign(purpose: string, payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${payload}`).digest('base64url');
}

function create(purpose: string, payload: string, secret: string): string {
  return `${Buffer.from(payload, 'utf8').toString('base64url')}.${sign(purpose, payload, secret)}`;
}

/** The payload when the token is genuine for this purpose, otherwise null. */
function verify(purpose: string, token: string, secret: string): string | null {
  const [encoded, given, extra] = token.split('.');
  if (!encoded || !given || extra !== undefined) return null;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = Buffer.from(sign(purpose, payload, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? payload : null;
}

export function createJobAlertUnsubscribeToken(alertId: string, secret: string): string {
  return create(PURPOSE.unsubscribe, alertId, secret);
}

/** The alert id when the token is genuine, otherwise null. */
export function verifyJobAlertUnsubscribeToken(token: string, secret: string): string | null {
  return verify(PURPOSE.unsubscribe, token, secret);
}

/** Whose alerts "unsubscribe from all alerts" stops: a candidate's account, or a guest's address. */
export type JobAlertOwner = { userId: string } | { email: string };

export function createJobAlertsUnsubscribeAllToken(owner: JobAlertOwner, secret: string): string {
  const payload = 'userId' in owner ? `user:${owner.userId}` : `email:${owner.email.trim().toLowerCase()}`;
  return create(PURPOSE.unsubscribeAll, payload, secret);
}

export function verifyJobAlertsUnsubscribeAllToken(token: string, secret: string): JobAlertOwner | null {
  const payload = verify(PURPOSE.unsubscribeAll, token, secret);
  if (payload?.startsWith('user:')) return { userId: payload.slice('user:'.length) };
  if (payload?.startsWith('email:')) return { email: payload.slice('email:'.length) };
  return null;
}

export interface JobAlertConfirmation {
  alertId: string;
  nonce: string;
  expiresAt: Date;
}

export function createJobAlertConfirmToken(confirmation: JobAlertConfirmation, secret: string): string {
  const payload = `${confirmation.alertId}:${confirmation.nonce}:${Math.floor(confirmation.expiresAt.getTime() / 1000)}`;
  return create(PURPOSE.confirm, payload, secret);
}

/** What a genuine token says (expired or not: the caller compares `expiresAt` with its clock); null when forged. */
export function verifyJobAlertConfirmToken(token: string, secret: string): JobAlertConfirmation | null {
  const payload = verify(PURPOSE.confirm, token, secret);
  const [alertId, nonce, expires, extra] = payload?.split(':') ?? [];
  if (!alertId || !nonce || !expires || extra !== undefined || !/^\d+$/.test(expires)) return null;
  return { alertId, nonce, expiresAt: new Date(Number(expires) * 1000) };
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * The signed tokens in job-alert links. Each is `<payload>.<HMAC>` (base64url)
 * with a purpose of its own in the HMAC, so a token made for one link can
 * never be used for another (an unsubscribe token does not confirm anything).
 * Payloads are packed bytes and the HMAC is cut to 128 bits, so every token
 * fits in one URL path segment (the router allows 100 characters).
 *
 * - Unsubscribe (one alert) and manage (all of a person's alerts): never
 *   expire, since an old e-mail's link must keep working (RFC 8058).
 * - Confirmation (a guest's double opt-in): carries the alert's single-use
 *   nonce and its expiry; the API checks both against the row and the clock.
 */

const PURPOSE = {
  unsubscribe: 'nextstep-job-alert-unsubscribe-v1',
  manage: 'nextstep-job-alerts-manage-v1',
  confirm: 'nextstep-job-alert-confirm-v1',
} as const;

const SIGNATURE_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function sign(purpose: string, payload: Buffer, secret: string): Buffer {
  return createHmac('sha256', secret).update(purpose).update(':').update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

function create(purpose: string, payload: Buffer, secret: string): string {
  return `${payload.toString('base64url')}.${sign(purpose, payload, secret).toString('base64url')}`;
}

/** The payload when the token is genuine for this purpose, otherwise null. */
function verify(purpose: string, token: string, secret: string): Buffer | null {
  const [encoded, given, extra] = token.split('.');
  if (!encoded || !given || extra !== undefined) return null;
  const payload = Buffer.from(encoded, 'base64url');
  const actual = Buffer.from(given, 'base64url');
  const expected = sign(purpose, payload, secret);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? payload : null;
}

function uuidBytes(id: string): Buffer {
  if (!UUID.test(id)) throw new TypeError(`Not a UUID: ${id}`);
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

function uuidOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function createJobAlertUnsubscribeToken(alertId: string, secret: string): string {
  return create(PURPOSE.unsubscribe, uuidBytes(alertId), secret);
}

/** The alert id when the token is genuine, otherwise null. */
export function verifyJobAlertUnsubscribeToken(token: string, secret: string): string | null {
  const payload = verify(PURPOSE.unsubscribe, token, secret);
  return payload?.length === 16 ? uuidOf(payload) : null;
}

/**
 * Whose alerts a "manage alerts" link shows: a candidate's account, or a
 * guest's address by its key (the first 16 bytes of SHA-256 of the address in
 * lower case, in hex, as the database's `job_alert_email_key(email)` computes it).
 */
export type JobAlertOwner = { userId: string } | { emailKey: string };

const OWNER_USER = 1;
const OWNER_GUEST = 2;

export function createJobAlertsManageToken(owner: JobAlertOwner, secret: string): string {
  const payload =
    'userId' in owner
      ? Buffer.concat([Buffer.of(OWNER_USER), uuidBytes(owner.userId)])
      : Buffer.concat([Buffer.of(OWNER_GUEST), Buffer.from(owner.emailKey, 'hex')]);
  if (payload.length !== 17) throw new TypeError('A guest’s emailKey is 16 bytes in hex');
  return create(PURPOSE.manage, payload, secret);
}

export function verifyJobAlertsManageToken(token: string, secret: string): JobAlertOwner | null {
  const payload = verify(PURPOSE.manage, token, secret);
  if (payload?.length !== 17) return null;
  if (payload[0] === OWNER_USER) return { userId: uuidOf(payload.subarray(1)) };
  if (payload[0] === OWNER_GUEST) return { emailKey: payload.subarray(1).toString('hex') };
  return null;
}

export interface JobAlertConfirmation {
  alertId: string;
  /** The alert's `confirm_nonce`: 12 random bytes in base64url. */
  nonce: string;
  expiresAt: Date;
}

export function createJobAlertConfirmToken(confirmation: JobAlertConfirmation, secret: string): string {
  const nonce = Buffer.from(confirmation.nonce, 'base64url');
  const expires = Buffer.alloc(4);
  expires.writeUInt32BE(Math.floor(confirmation.expiresAt.getTime() / 1000));
  return create(PURPOSE.confirm, Buffer.concat([uuidBytes(confirmation.alertId), expires, nonce]), secret);
}

/** What a genuine token says (expired or not: the caller compares `expiresAt` with its clock); null when forged. */
export function verifyJobAlertConfirmToken(token: string, secret: string): JobAlertConfirmation | null {
  const payload = verify(PURPOSE.confirm, token, secret);
  if (!payload || payload.length <= 20) return null;
  return {
    alertId: uuidOf(payload.subarray(0, 16)),
    expiresAt: new Date(payload.readUInt32BE(16) * 1000),
    nonce: payload.subarray(20).toString('base64url'),
  };
}

import { describe, expect, it } from 'vitest';
import {
  createJobAlertConfirmToken,
  createJobAlertsUnsubscribeAllToken,
  createJobAlertUnsubscribeToken,
  verifyJobAlertConfirmToken,
  verifyJobAlertsUnsubscribeAllToken,
  verifyJobAlertUnsubscribeToken,
} from './job-alert-tokens';
import { createUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-test-secret-that-is-at-least-32-chars';
const ALERT = '6f1c9d52-8a4b-4e0e-9d7a-3c2b1a0f9e8d';

describe('job alert tokens', () => {
  it('round-trips each kind of token', () => {
    expect(verifyJobAlertUnsubscribeToken(createJobAlertUnsubscribeToken(ALERT, SECRET), SECRET)).toBe(ALERT);
    expect(verifyJobAlertsUnsubscribeAllToken(createJobAlertsUnsubscribeAllToken({ userId: ALERT }, SECRET), SECRET)).toEqual({ userId: ALERT });
    // Addresses compare without case, as the alerts' owner lookup does.
    expect(verifyJobAlertsUnsubscribeAllToken(createJobAlertsUnsubscribeAllToken({ email: ' Guest@Example.com ' }, SECRET), SECRET)).toEqual({
      email: 'guest@example.com',
    });
    const expiresAt = new Date('2026-12-03T12:00:00Z');
    expect(verifyJobAlertConfirmToken(createJobAlertConfirmToken({ alertId: ALERT, nonce: 'n0nce_-', expiresAt }, SECRET), SECRET)).toEqual({
      alertId: ALERT,
      nonce: 'n0nce_-',
      expiresAt,
    });
  });

  it('refuses a token signed with another secret, changed, or made for another purpose', () => {
    const unsubscribe = createJobAlertUnsubscribeToken(ALERT, SECRET);
    expect(verifyJobAlertUnsubscribeToken(unsubscribe, `${SECRET}-other`)).toBeNull();
    const [payload, signature] = unsubscribe.split('.');
    const otherAlert = Buffer.from('00000000-0000-0000-0000-000000000000').toString('base64url');
    expect(verifyJobAlertUnsubscribeToken(`${otherAlert}.${signature}`, SECRET)).toBeNull();
    expect(verifyJobAlertUnsubscribeToken(`${payload}.${signature}.x`, SECRET)).toBeNull();
    expect(verifyJobAlertUnsubscribeToken('', SECRET)).toBeNull();
    // Same payload, other purposes: the guidance unsubscribe, the confirmation, "all alerts".
    expect(verifyJobAlertUnsubscribeToken(createUnsubscribeToken(ALERT, SECRET), SECRET)).toBeNull();
    expect(verifyJobAlertConfirmToken(unsubscribe, SECRET)).toBeNull();
    expect(verifyJobAlertsUnsubscribeAllToken(unsubscribe, SECRET)).toBeNull();
  });

  it('refuses a confirmation token whose expiry was changed', () => {
    const token = createJobAlertConfirmToken({ alertId: ALERT, nonce: 'abc', expiresAt: new Date('2026-12-03T12:00:00Z') }, SECRET);
    const [, signature] = token.split('.');
    const later = Buffer.from(`${ALERT}:abc:${Math.floor(Date.parse('2027-12-03T12:00:00Z') / 1000)}`).toString('base64url');
    expect(verifyJobAlertConfirmToken(`${later}.${signature}`, SECRET)).toBeNull();
  });
});

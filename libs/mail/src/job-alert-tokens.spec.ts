import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createJobAlertConfirmToken,
  createJobAlertsManageToken,
  createJobAlertUnsubscribeToken,
  verifyJobAlertConfirmToken,
  verifyJobAlertsManageToken,
  verifyJobAlertUnsubscribeToken,
} from './job-alert-tokens';
import { createUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-test-secret-that-is-at-least-32-chars';
const ALERT = '6f1c9d52-8a4b-4e0e-9d7a-3c2b1a0f9e8d';
const EMAIL_KEY = createHash('sha256').update('guest@example.com').digest().subarray(0, 16).toString('hex');

describe('job alert tokens', () => {
  it('round-trips each kind of token, each short enough for one path segment', () => {
    const expiresAt = new Date('2026-12-03T12:00:00Z');
    const tokens = {
      unsubscribe: createJobAlertUnsubscribeToken(ALERT, SECRET),
      user: createJobAlertsManageToken({ userId: ALERT }, SECRET),
      guest: createJobAlertsManageToken({ emailKey: EMAIL_KEY }, SECRET),
      confirm: createJobAlertConfirmToken({ alertId: ALERT, nonce: 'q7Z-1_abcdefghij', expiresAt }, SECRET),
    };
    expect(verifyJobAlertUnsubscribeToken(tokens.unsubscribe, SECRET)).toBe(ALERT);
    expect(verifyJobAlertsManageToken(tokens.user, SECRET)).toEqual({ userId: ALERT });
    expect(verifyJobAlertsManageToken(tokens.guest, SECRET)).toEqual({ emailKey: EMAIL_KEY });
    expect(verifyJobAlertConfirmToken(tokens.confirm, SECRET)).toEqual({ alertId: ALERT, nonce: 'q7Z-1_abcdefghij', expiresAt });
    for (const token of Object.values(tokens)) {
      expect(token.length).toBeLessThanOrEqual(100);
      expect(encodeURIComponent(token)).toBe(token);
    }
  });

  it('refuses a token signed with another secret, changed, or made for another purpose', () => {
    const unsubscribe = createJobAlertUnsubscribeToken(ALERT, SECRET);
    expect(verifyJobAlertUnsubscribeToken(unsubscribe, `${SECRET}-other`)).toBeNull();
    const [payload, signature] = unsubscribe.split('.');
    const otherAlert = Buffer.alloc(16, 7).toString('base64url');
    expect(verifyJobAlertUnsubscribeToken(`${otherAlert}.${signature}`, SECRET)).toBeNull();
    expect(verifyJobAlertUnsubscribeToken(`${payload}.${signature}.x`, SECRET)).toBeNull();
    expect(verifyJobAlertUnsubscribeToken('', SECRET)).toBeNull();
    expect(verifyJobAlertUnsubscribeToken('%%%.***', SECRET)).toBeNull();
    // The same id under other purposes: the guidance unsubscribe, "manage", the confirmation.
    expect(verifyJobAlertUnsubscribeToken(createUnsubscribeToken(ALERT, SECRET), SECRET)).toBeNull();
    expect(verifyJobAlertUnsubscribeToken(createJobAlertsManageToken({ userId: ALERT }, SECRET), SECRET)).toBeNull();
    expect(verifyJobAlertConfirmToken(unsubscribe, SECRET)).toBeNull();
    expect(verifyJobAlertsManageToken(unsubscribe, SECRET)).toBeNull();
  });

  it('refuses a confirmation token whose expiry was changed', () => {
    const token = createJobAlertConfirmToken({ alertId: ALERT, nonce: 'abcdefghijklmnop', expiresAt: new Date('2026-12-03T12:00:00Z') }, SECRET);
    const [payload = '', signature] = token.split('.');
    const bytes = Buffer.from(payload, 'base64url');
    bytes.writeUInt32BE(Math.floor(Date.parse('2027-12-03T12:00:00Z') / 1000), 16);
    expect(verifyJobAlertConfirmToken(`${bytes.toString('base64url')}.${signature}`, SECRET)).toBeNull();
  });
});

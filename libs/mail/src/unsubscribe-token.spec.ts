import { describe, expect, it } from 'vitest';
import { createUnsubscribeToken, UNSUBSCRIBE_TOKEN_DAYS, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'x'.repeat(40);
const USER = '2f1c6a9e-6f0e-4c8e-9d1e-0c6d2b7f9a11';

describe('unsubscribe tokens', () => {
  it('round-trips the user id', () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken(USER, SECRET), SECRET)).toBe(USER);
  });

  it('refuses another secret, a changed user id and garbage', () => {
    const token = createUnsubscribeToken(USER, SECRET);
    expect(verifyUnsubscribeToken(token, 'y'.repeat(40))).toBeNull();
    const [, signature] = token.split('.');
    expect(verifyUnsubscribeToken(`${Buffer.from('someone-else').toString('base64url')}.${signature}`, SECRET)).toBeNull();
    for (const bad of ['', '.', 'abc', 'a.b.c', `${token}x`]) expect(verifyUnsubscribeToken(bad, SECRET)).toBeNull();
  });

  it(`expire after ${UNSUBSCRIBE_TOKEN_DAYS} days, so a link copied out of a mailbox or a log does not work for ever`, () => {
    const issued = new Date('2026-01-10T12:00:00Z');
    const token = createUnsubscribeToken(USER, SECRET, issued);
    const after = (days: number) => new Date(issued.getTime() + days * 86_400_000);
    expect(verifyUnsubscribeToken(token, SECRET, after(30))).toBe(USER);
    expect(verifyUnsubscribeToken(token, SECRET, after(UNSUBSCRIBE_TOKEN_DAYS - 1))).toBe(USER);
    expect(verifyUnsubscribeToken(token, SECRET, after(UNSUBSCRIBE_TOKEN_DAYS + 1))).toBeNull();
    // The issue day is signed: moving it forward breaks the signature.
    const [user, , signature] = token.split('.');
    const moved = `${user}.${Math.floor(after(UNSUBSCRIBE_TOKEN_DAYS).getTime() / 86_400_000).toString(36)}.${signature}`;
    expect(verifyUnsubscribeToken(moved, SECRET, after(UNSUBSCRIBE_TOKEN_DAYS + 1))).toBeNull();
  });
});

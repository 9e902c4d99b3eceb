import { describe, expect, it } from 'vitest';
import { createUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

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
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CursorError, scopeFingerprint, SignedCursorCodec } from './signed-cursor';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const POSITION = z.object({ at: z.string().transform((value) => new Date(value)), id: z.uuid() });
const ID = '3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b';

const codec = (secret = SECRET, purpose = 'nextstep:test-cursor:v1') =>
  new SignedCursorCodec(secret, { purpose, key: POSITION, scopeNoun: 'list' });

function failure(run: () => unknown): CursorError {
  try {
    run();
  } catch (error) {
    if (error instanceof CursorError) return error;
    throw error;
  }
  throw new Error('expected a CursorError');
}

describe('SignedCursorCodec', () => {
  it('gives back the key it signed, in the schema\'s runtime form', () => {
    const token = codec().encode({ at: '2026-11-25T10:00:00.000Z', id: ID }, 'scope-a');
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(codec().decode(token, 'scope-a')).toEqual({ at: new Date('2026-11-25T10:00:00.000Z'), id: ID });
  });

  it('refuses a cursor of another scope, another purpose or another server', () => {
    const token = codec().encode({ at: '2026-11-25T10:00:00.000Z', id: ID }, 'scope-a');
    expect(failure(() => codec().decode(token, 'scope-b')).message).toBe('cursor belongs to a different list; start again without cursor');
    expect(failure(() => codec(SECRET, 'nextstep:other-cursor:v1').decode(token, 'scope-a')).message).toMatch(/not valid/);
    expect(failure(() => codec('another-secret-of-at-least-thirty-two-chars').decode(token, 'scope-a')).message).toMatch(/not valid/);
  });

  it('refuses an altered body, an altered or non-canonical MAC, and garbage', () => {
    const token = codec().encode({ at: '2026-11-25T10:00:00.000Z', id: ID }, 'scope-a');
    const [body = '', mac = ''] = token.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ k: { at: '2020-01-01T00:00:00.000Z', id: ID }, s: 'scope-a' })).toString('base64url');
    expect(failure(() => codec().decode(`${forgedBody}.${mac}`, 'scope-a')).message).toMatch(/not valid/);
    // The first character carries six bits of the MAC: changing it always changes the MAC.
    const otherMac = `${mac[0] === 'A' ? 'B' : 'A'}${mac.slice(1)}`;
    expect(failure(() => codec().decode(`${body}.${otherMac}`, 'scope-a')).message).toMatch(/not valid/);
    // The last character of 22 holds 2 spare bits; a variant that decodes to the same bytes is still refused.
    const last = mac.at(-1) ?? 'A';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = alphabet[alphabet.indexOf(last) ^ 1] ?? last;
    expect(failure(() => codec().decode(`${body}.${mac.slice(0, -1)}${twin}`, 'scope-a')).message).toMatch(/not valid/);
    for (const junk of ['', 'abc', 'a.b.c', 'has space.x', `${body}.`, `.${mac}`]) {
      expect(failure(() => codec().decode(junk, 'scope-a')).message, junk).toMatch(/malformed|not valid/);
    }
  });

  it('refuses a signed key the schema does not accept (the shape of an older version under the same purpose)', () => {
    const old = new SignedCursorCodec(SECRET, { purpose: 'nextstep:test-cursor:v1', key: z.object({ t: z.string() }), scopeNoun: 'list' });
    const token = old.encode({ t: '2026-11-25T10:00:00.000Z' }, 'scope-a');
    expect(failure(() => codec().decode(token, 'scope-a')).message).toBe('cursor is malformed');
  });
});

describe('scopeFingerprint', () => {
  it('is stable across key order and treats undefined as null, and differs when a filter does', () => {
    expect(scopeFingerprint({ a: 1, b: undefined })).toBe(scopeFingerprint({ b: null, a: 1 }));
    expect(scopeFingerprint({ a: 1, b: 'x' })).not.toBe(scopeFingerprint({ a: 1, b: 'y' }));
    expect(scopeFingerprint({ a: 1 })).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });
});

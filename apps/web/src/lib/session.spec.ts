import { describe, expect, it, vi } from 'vitest';
import { authenticatedFetch } from './api';
import { createSession, type AuthResponse } from './session';

const user = { id: 'u1', email: 'sam@example.com', emailVerified: true, role: 'candidate', firstName: 'Sam', lastName: 'Lee', phone: null, timeZone: 'America/Chicago', branchId: null, active: true, createdAt: '2026-01-01T00:00:00Z' } as const;
const auth = (token: string): AuthResponse => ({ accessToken: token, expiresIn: 900, user });

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key), items };
}

/** A stand-in for the API's auth routes: each refresh hands out the next token while the cookie is valid. */
function authServer() {
  let issued = 0;
  let cookieValid = true;
  const calls: string[] = [];
  const send = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    calls.push(`${request.method} ${path} ${request.headers.get('authorization') ?? '-'}`);
    if (path === '/api/auth/refresh') return cookieValid ? Response.json(auth(`token-${++issued}`)) : Response.json({ statusCode: 401, message: 'no' }, { status: 401 });
    if (path === '/api/auth/logout') return new Response(null, { status: 204 });
    // Only the newest token is accepted.
    return request.headers.get('authorization') === `Bearer token-${issued}` ? Response.json({ ok: true }) : Response.json({ statusCode: 401, message: 'expired' }, { status: 401 });
  });
  return { send, calls, expireCookie: () => void (cookieValid = false), rotate: () => void issued++ };
}

describe('session', () => {
  it('restores a session from the refresh cookie when this browser signed in before, and keeps the token in memory only', async () => {
    const server = authServer();
    const storage = memoryStorage({ 'nextstep.hasSession': '1' });
    const session = createSession({ fetch: server.send, storage, locks: null });
    expect(session.getState()).toEqual({ status: 'loading' });
    await session.start();
    expect(session.getState()).toEqual({ status: 'signed-in', user });
    expect(session.accessToken()).toBe('token-1');
    expect([...storage.items.values()].join()).not.toContain('token');
  });

  it('does not ask for a refresh when nobody signed in on this browser', async () => {
    const server = authServer();
    const session = createSession({ fetch: server.send, storage: memoryStorage(), locks: null });
    await session.start();
    expect(session.getState()).toEqual({ status: 'signed-out', expired: false });
    expect(server.calls).toEqual([]);
  });

  it('renews once on a 401 and repeats the request; concurrent 401s share one refresh', async () => {
    const server = authServer();
    const session = createSession({ fetch: server.send, storage: memoryStorage(), locks: null });
    session.signedIn(auth('token-0'));
    server.rotate(); // the server moved on: token-0 is now refused, the cookie gives token-2
    const send = authenticatedFetch(session, server.send);
    const [a, b] = await Promise.all([send(new Request('http://localhost/api/me/profile')), send(new Request('http://localhost/api/applications'))]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(server.calls.filter((call) => call.startsWith('POST /api/auth/refresh'))).toHaveLength(1);
    expect(session.accessToken()).toBe('token-2');
  });

  it('ends the session and tells the app when the refresh cookie is refused', async () => {
    const server = authServer();
    const session = createSession({ fetch: server.send, storage: memoryStorage({ 'nextstep.hasSession': '1' }), locks: null });
    await session.start();
    server.rotate();
    server.expireCookie();
    const expired = vi.fn();
    session.onExpired(expired);
    const res = await authenticatedFetch(session, server.send)(new Request('http://localhost/api/me/profile'));
    expect(res.status).toBe(401);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(session.getState()).toEqual({ status: 'signed-out', expired: true });
    expect(session.accessToken()).toBeNull();
  });

  it('never retries the sign-in route itself', async () => {
    const server = authServer();
    const session = createSession({ fetch: server.send, storage: memoryStorage(), locks: null });
    const res = await authenticatedFetch(session, server.send)(new Request('http://localhost/api/auth/login', { method: 'POST' }));
    expect(res.status).toBe(401);
    expect(server.calls).toEqual(['POST /api/auth/login -']);
  });
});

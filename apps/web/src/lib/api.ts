import { createApiClient, type ApiClient } from '@nextstep/api-client';
import { ApiUnreachableError } from './api-error';
import { session as appSession, type Session } from './session';

// These answer 401 as part of their job (wrong password, no session); retrying them would loop.
const NO_RETRY = ['/api/auth/login', '/api/auth/register', '/api/auth/refresh', '/api/auth/logout'];

/**
 * fetch with the in-memory bearer token. On a 401 it renews the token once
 * through the refresh cookie and repeats the request; if that fails the
 * session has ended and the app sends the person to sign in (and back).
 */
export function authenticatedFetch(session: Session, send: (request: Request) => Promise<Response> = (r) => globalThis.fetch(r)) {
  const attempt = async (request: Request): Promise<Response> => {
    const copy = request.clone();
    const token = session.accessToken();
    if (token) copy.headers.set('authorization', `Bearer ${token}`);
    try {
      return await send(copy);
    } catch (error) {
      throw new ApiUnreachableError(error);
    }
  };
  return async (request: Request): Promise<Response> => {
    const first = await attempt(request);
    if (first.status !== 401 || NO_RETRY.includes(new URL(request.url, 'http://x').pathname)) return first;
    if (await session.refresh()) return attempt(request);
    session.expire();
    return first;
  };
}

export function createAppApi(session: Session, send?: (request: Request) => Promise<Response>): ApiClient {
  // Same origin: the API serves the app (and Vite proxies /api in development).
  const baseUrl = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  return createApiClient({ baseUrl, fetch: authenticatedFetch(session, send) });
}

/** The app's typed API client. */
export const api = createAppApi(appSession);

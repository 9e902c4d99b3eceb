import type { Schemas } from '@nextstep/api-client';
import { useSyncExternalStore } from 'react';

export type SessionUser = Schemas['UserDto'];
export type AuthResponse = Schemas['AuthResponseDto'];

export type SessionState = { status: 'loading' } | { status: 'signed-out'; expired: boolean } | { status: 'signed-in'; user: SessionUser };

export interface SessionOptions {
  fetch?: (request: Request) => Promise<Response>;
  /** Remembers only *whether* someone signed in on this browser, never a token. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  /** Serialises refreshes across tabs: each refresh token works once, so two tabs must not race. */
  locks?: Pick<LockManager, 'request'> | null;
  /** Renew this many seconds before the access token expires. */
  refreshMarginSeconds?: number;
}

const HINT_KEY = 'nextstep.hasSession';
const origin = () => (typeof window === 'undefined' ? 'http://localhost' : window.location.origin);
const REFRESH_URL = '/api/auth/refresh';
const LOGOUT_URL = '/api/auth/logout';

export interface Session {
  getState(): SessionState;
  subscribe(listener: () => void): () => void;
  /** The bearer token, kept in memory only (never in localStorage). */
  accessToken(): string | null;
  /** Restores a session from the httpOnly refresh cookie, when this browser had one. */
  start(): Promise<void>;
  /** Resolves once the session is known (signed in or out). */
  ready(): Promise<SessionState>;
  /** Renews the access token through the refresh cookie; concurrent callers share one request. */
  refresh(): Promise<boolean>;
  signedIn(auth: AuthResponse): void;
  signOut(): Promise<void>;
  /** The server refused the session: forget it and tell the app (which sends the person to sign in). */
  expire(): void;
  onExpired(handler: () => void): () => void;
}

function defaultStorage(): SessionOptions['storage'] {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}

export function createSession(options: SessionOptions = {}): Session {
  const send = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const locks =
    options.locks === undefined ? (typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null) : options.locks;
  const margin = options.refreshMarginSeconds ?? 60;

  let state: SessionState = { status: 'loading' };
  let token: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | null = null;
  let started: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const expiredHandlers = new Set<() => void>();

  const set = (next: SessionState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };

  const clear = (expired: boolean) => {
    token = null;
    clearTimeout(timer);
    storage?.removeItem(HINT_KEY);
    set({ status: 'signed-out', expired });
  };

  const accept = (auth: AuthResponse) => {
    token = auth.accessToken;
    storage?.setItem(HINT_KEY, '1');
    clearTimeout(timer);
    // Renew quietly before the token runs out; a 401 still triggers a refresh if the timer was throttled.
    timer = setTimeout(() => void session.refresh(), Math.max(5, auth.expiresIn - margin) * 1000);
    set({ status: 'signed-in', user: auth.user });
  };

  const renew = async (): Promise<boolean> => {
    let response: Response;
    try {
      response = await send(new Request(new URL(REFRESH_URL, origin()), { method: 'POST', credentials: 'same-origin' }));
    } catch {
      // Unreachable: keep the hint, so the next load tries again.
      if (state.status === 'loading') set({ status: 'signed-out', expired: false });
      return false;
    }
    if (response.ok) {
      accept((await response.json()) as AuthResponse);
      return true;
    }
    if (response.status === 401) {
      clear(state.status === 'signed-in');
    } else if (state.status === 'loading') {
      set({ status: 'signed-out', expired: false });
    }
    return false;
  };

  const session: Session = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    accessToken: () => token,
    start() {
      started ??= (async () => {
        if (storage?.getItem(HINT_KEY)) await session.refresh();
        else if (state.status === 'loading') set({ status: 'signed-out', expired: false });
      })();
      return started;
    },
    async ready() {
      await session.start();
      if (inFlight) await inFlight;
      return state;
    },
    refresh() {
      if (!inFlight) {
        const pending = locks
          ? new Promise<boolean>((resolve, reject) => {
              // The lock is held until renew() settles; another tab's refresh waits and then sends the rotated cookie.
              locks.request('nextstep-session-refresh', () => renew().then(resolve, reject)).catch(reject);
            })
          : renew();
        inFlight = pending.finally(() => {
          inFlight = null;
        });
      }
      return inFlight;
    },
    signedIn: accept,
    async signOut() {
      clear(false);
      await send(new Request(new URL(LOGOUT_URL, origin()), { method: 'POST', credentials: 'same-origin' })).catch(() => undefined);
    },
    expire() {
      const wasSignedIn = state.status === 'signed-in' || token !== null || (state.status === 'signed-out' && state.expired);
      clear(wasSignedIn);
      expiredHandlers.forEach((handler) => handler());
    },
    onExpired(handler) {
      expiredHandlers.add(handler);
      return () => expiredHandlers.delete(handler);
    },
  };
  return session;
}

/** The app's one session. */
export const session = createSession();

/** The current session state, re-rendering when it changes. */
export function useSession(target: Session = session): SessionState {
  return useSyncExternalStore(target.subscribe, target.getState, target.getState);
}

export function useSessionUser(target: Session = session): SessionUser | null {
  const state = useSession(target);
  return state.status === 'signed-in' ? state.user : null;
}

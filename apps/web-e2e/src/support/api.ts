import { DEMO_ADMIN, DEMO_CANDIDATE, DEMO_RECRUITER_PASSWORD, demoRecruiterEmail } from '@nextstep/db';
import type { BrowserContext } from 'playwright-core';
import { inject } from 'vitest';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | string[]>;
}

/** Calls the running API (JSON in, JSON out), as a recruiter's or candidate's client would. */
export async function callApi<T = unknown>(method: string, path: string, { token, body, query }: CallOptions = {}): Promise<ApiResponse<T>> {
  const url = new URL(path, inject('e2e').baseUrl);
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
  }
  const res = await fetch(url, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

export interface SignedIn {
  token: string;
  user: { id: string; email: string; role: string; branchId: string | null; firstName: string };
}

/** Signs in through POST /api/auth/login; throws with the answer when refused. */
export async function signIn(email: string, password: string): Promise<SignedIn> {
  const res = await callApi<{ accessToken: string; user: SignedIn['user'] }>('POST', '/api/auth/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.accessToken, user: res.body.user };
}

/** The seeded recruiter of a branch city (README "Demo sign-ins"), e.g. `signInAsRecruiter('Chicago')`. */
export function signInAsRecruiter(city: string): Promise<SignedIn> {
  return signIn(demoRecruiterEmail(city), DEMO_RECRUITER_PASSWORD);
}

export function signInAsAdmin(): Promise<SignedIn> {
  return signIn(DEMO_ADMIN.email, DEMO_ADMIN.password);
}

export function signInAsDemoCandidate(): Promise<SignedIn> {
  return signIn(DEMO_CANDIDATE.email, DEMO_CANDIDATE.password);
}

/** Registers a new candidate through the API (unique e-mail per call). */
export async function registerCandidate(overrides: Partial<{ email: string; password: string; firstName: string; lastName: string }> = {}) {
  const email = overrides.email ?? `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = overrides.password ?? 'amber-kettle-sunrise-42';
  const res = await callApi<{ accessToken: string; user: SignedIn['user'] }>('POST', '/api/auth/register', {
    body: { email, password, firstName: overrides.firstName ?? 'Jordan', lastName: overrides.lastName ?? 'Rivera', timeZone: 'America/Chicago' },
  });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { email, password, token: res.body.accessToken, user: res.body.user };
}

/**
 * A browser context that is signed in the way the app does it (the refresh
 * cookie from the login answer, so the app's silent refresh picks it up).
 */
export async function signInInBrowser(context: BrowserContext, email: string, password: string): Promise<void> {
  const res = await context.request.post('/api/auth/login', { data: { email, password } });
  if (res.status() !== 200) throw new Error(`browser sign-in of ${email} failed: ${res.status()} ${await res.text()}`);
  // The app only tries a silent refresh when this browser has signed in before.
  await context.addInitScript(() => window.localStorage.setItem('nextstep.hasSession', '1'));
}

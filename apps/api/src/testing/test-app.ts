import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Branch, Company, Job } from '@nextstep/db';
import { createBranch, createCompany, createJob } from '@nextstep/db/testing';
import { testConfig } from '@nextstep/testing';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { DataSource, type DeepPartial } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import type { AppOptions } from '../app/app.module';
import { createApp } from '../app/create-app';
import type { AuthResponseDto } from '../auth/dto/auth.dto';
import { UsersService } from '../users/users.service';

export interface RequestOptions {
  token?: string;
  body?: unknown;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string>;
  cookies?: Record<string, string>;
}

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  request(method: InjectOptions['method'], url: string, options?: RequestOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}, options: AppOptions = {}): Promise<TestApp> {
  const app = await createApp(testConfig(env), options);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    dataSource: app.get(DataSource),
    request: (method, url, options = {}) =>
      app.inject({
        method,
        url,
        ...(options.query ? { query: options.query } : {}),
        ...(options.body !== undefined ? { payload: options.body as InjectOptions['payload'] } : {}),
        ...(options.cookies ? { cookies: options.cookies } : {}),
        headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
      }),
    close: () => app.close(),
  };
}

export const STRONG_PASSWORD = 'amber-kettle-sunrise-42';

export interface SignedInUser {
  id: string;
  email: string;
  password: string;
  token: string;
  refreshCookie: string;
  firstName: string;
  lastName: string;
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

export function refreshCookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'nextstep_refresh');
  if (!cookie) throw new Error(`no refresh cookie in ${res.statusCode} ${res.body}`);
  return cookie.value;
}

/** Registers a candidate through the API, as a real user would. */
export async function signUpCandidate(t: TestApp, overrides: Partial<Record<string, string>> = {}): Promise<SignedInUser> {
  const body = { email: uniqueEmail('candidate'), password: STRONG_PASSWORD, firstName: 'Casey', lastName: 'Quinn', ...overrides };
  const res = await t.request('POST', '/api/auth/register', { body });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const auth = res.json<AuthResponseDto>();
  return {
    id: auth.user.id,
    email: auth.user.email,
    password: body.password,
    token: auth.accessToken,
    refreshCookie: refreshCookieOf(res),
    firstName: body.firstName,
    lastName: body.lastName,
  };
}

/**
 * The set-up many files share: the app started (with `env` over the test config) before the tests of the
 * enclosing `describe` (or file), what `setUp` makes for them (users, rows), and the app closed after them. The fields are filled in by `beforeAll`,
 * so read them inside the tests, not while they are collected.
 */
export function useTestApp<Extra extends object = Record<never, never>>(
  start: { env?: Record<string, string>; options?: AppOptions; setUp?: (t: TestApp) => Promise<Extra> } = {},
): { t: TestApp } & Extra {
  const { env = {}, options = {}, setUp } = start;
  const context = {} as { t: TestApp } & Extra;
  beforeAll(async () => {
    const t = await startTestApp(env, options);
    Object.assign(context, { t });
    if (setUp) Object.assign(context, await setUp(t));
  });
  // `t` is missing when the app did not start; that failure is the one to see, not a TypeError here.
  afterAll(async () => (context as Partial<typeof context>).t?.close());
  return context;
}

/** The app and one candidate who signed up through it, for the tests of the enclosing `describe`. */
export function useAppWithCandidate(): { t: TestApp; candidate: SignedInUser } {
  return useTestApp({ setUp: async (t) => ({ candidate: await signUpCandidate(t) }) });
}

/** Creates a recruiter or admin the way an admin would, then signs in. */
export async function createStaff(t: TestApp, role: 'recruiter' | 'admin', branchId?: string): Promise<SignedInUser> {
  const email = uniqueEmail(role);
  const user = await t.app.get(UsersService).createStaff({
    email,
    password: STRONG_PASSWORD,
    firstName: role === 'admin' ? 'Avery' : 'Robin',
    lastName: 'Staff',
    role,
    ...(branchId ? { branchId } : {}),
  });
  const res = await t.request('POST', '/api/auth/login', { body: { email, password: STRONG_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return {
    id: user.id,
    email,
    password: STRONG_PASSWORD,
    token: res.json<AuthResponseDto>().accessToken,
    refreshCookie: refreshCookieOf(res),
    firstName: user.firstName,
    lastName: user.lastName,
  };
}

export interface TwoBranches {
  /** The branch of `job`, where `recruiter` works. */
  branch: Branch;
  otherBranch: Branch;
  job: Job;
  recruiter: SignedInUser;
  /** A recruiter of the other branch: the one who must not see `branch`'s records. */
  otherRecruiter: SignedInUser;
}

/** A job at one branch with a recruiter there, and a recruiter at another branch: the set-up of the branch-scope tests. */
export async function createTwoBranches(
  t: TestApp,
  given: { branch?: DeepPartial<Branch>; otherBranch?: DeepPartial<Branch>; company?: DeepPartial<Company>; job?: DeepPartial<Job> } = {},
): Promise<TwoBranches> {
  const branch = await createBranch(t.dataSource, given.branch);
  const otherBranch = await createBranch(t.dataSource, given.otherBranch);
  const company = await createCompany(t.dataSource, given.company);
  const job = await createJob(t.dataSource, { ...given.job, branch, company });
  return {
    branch,
    otherBranch,
    job,
    recruiter: await createStaff(t, 'recruiter', branch.id),
    otherRecruiter: await createStaff(t, 'recruiter', otherBranch.id),
  };
}

/** A branch row for tests that only need one to exist. */
export async function insertBranch(dataSource: DataSource, name = `Branch ${randomUUID().slice(0, 6)}`): Promise<string> {
  const [row] = (await dataSource.query(
    `INSERT INTO branches (name, address_line, city, region, postal_code, phone, email, latitude, longitude, time_zone, opening_hours)
     VALUES ($1, '1 Main St', 'Springfield', 'IL', '62701', '+1 217 555 0100', 'branch@example.com', 39.8, -89.6, 'America/Chicago', 'Mon-Fri 8-17')
     RETURNING id`,
    [name],
  )) as Array<{ id: string }>;
  if (!row) throw new Error('branch insert returned nothing');
  return row.id;
}

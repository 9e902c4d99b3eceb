/**
 * The web app's public paths, in one place: the router declares its routes
 * from them, the API serves index.html for them (and its 404 page for
 * anything else), and e-mails build their links with them. A path that an
 * e-mail links to can therefore never answer 404.
 */
export const WebRoute = {
  search: '/',
  job: '/jobs/$jobId',
  branches: '/branches',
  signIn: '/sign-in',
  register: '/register',
  /** With `?token=`: choose a new password; without: ask for a reset link. */
  resetPassword: '/reset-password',
  /** With `?token=`: confirms the address the link was sent to. */
  verifyEmail: '/verify-email',
  profile: '/account/profile',
  jobAlerts: '/account/job-alerts',
  privacy: '/account/privacy',
  applications: '/applications',
  application: '/applications/$applicationId',
  thankYou: '/applications/$applicationId/thank-you',
  apply: '/jobs/$jobId/apply',
  recruiter: '/recruiter',
  recruiterApplications: '/recruiter/applications',
  recruiterApplication: '/recruiter/applications/$applicationId',
  recruiterJob: '/recruiter/jobs/$jobId',
  recruiterJobs: '/recruiter/jobs',
  recruiterJobNew: '/recruiter/jobs/new',
  recruiterJobEdit: '/recruiter/jobs/$jobId/edit',
  recruiterCompanies: '/recruiter/companies',
  recruiterAdmin: '/recruiter/admin',
} as const;

export type WebRoute = (typeof WebRoute)[keyof typeof WebRoute];

export const WEB_ROUTES: readonly WebRoute[] = Object.freeze(Object.values(WebRoute));

// A path parameter is one non-empty segment.
const patternOf = (route: string): RegExp =>
  new RegExp(`^${route.replace(/[.*+?^{}()|[\]\\]/g, '\\$&').replace(/\/\$[A-Za-z]+/g, '/[^/]+')}/?$`);
const patterns = WEB_ROUTES.map(patternOf);

/** Whether the web app has a page at this path (query string ignored). */
export function isWebRoute(path: string): boolean {
  const pathname = path.split(/[?#]/, 1)[0] ?? '';
  return patterns.some((pattern) => pattern.test(pathname));
}

type ParamsOf<R extends string> = R extends `${string}$${infer P}/${infer Rest}`
  ? { [K in P]: string } & ParamsOf<`/${Rest}`>
  : R extends `${string}$${infer P}`
    ? { [K in P]: string }
    : Record<never, never>;

/** A path of the web app with its parameters filled in, e.g. `webPath(WebRoute.application, { applicationId })`. */
export function webPath<R extends WebRoute>(route: R, params: ParamsOf<R>, query?: Record<string, string>): string {
  const path = route.replace(/\$([A-Za-z]+)/g, (_, name: string) => encodeURIComponent((params as Record<string, string>)[name] ?? ''));
  const search = query ? new URLSearchParams(query).toString() : '';
  return search ? `${path}?${search}` : path;
}

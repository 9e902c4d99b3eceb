import { WebRoute } from '@nextstep/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, type RouterHistory } from '@tanstack/react-router';
import { z } from 'zod';
import { RouteError } from '../components/errors/route-error';
import { NotFound } from '../components/not-found';
import { prefetchJobSearch } from '../features/search/api/search-jobs';
import { parseSearchCriteria } from '../features/search/utils/search-criteria';
import { requireAuth } from '../lib/require-auth';
import { numberParam, parseSearch, stringifySearch } from '../lib/search-params';
import { SearchPage } from '../routes/search-page';
import { RootLayout } from './root-layout';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => <NotFound />,
  errorComponent: RouteError,
});

const page = <P extends string>(path: P) => ({ getParentRoute: () => rootRoute, path });

/** After sign-in (or registering), go back to `redirect`: the page that asked for it. */
const returnSearch = z.object({
  redirect: z.string().max(2000).optional().catch(undefined),
  expired: z
    .preprocess((value) => value === true || value === 'true', z.boolean())
    .optional()
    .catch(undefined),
});

const searchRoute = createRoute({
  ...page(WebRoute.search),
  validateSearch: (raw: Record<string, unknown>) => parseSearchCriteria(raw),
  // Without `pages`: "Load more" is the page's own fetch, not a new search.
  loaderDeps: ({ search: { pages: _pages, ...criteria } }) => criteria,
  loader: ({ context, deps }) => prefetchJobSearch(context.queryClient, deps),
  component: SearchPage,
});

const jobRoute = createRoute({
  ...page(WebRoute.job),
  component: lazyRouteComponent(() => import('../routes/job-page'), 'JobPage'),
});

const branchesRoute = createRoute({
  ...page(WebRoute.branches),
  validateSearch: (raw: Record<string, unknown>) => parseBranchSearch(raw),
  component: lazyRouteComponent(() => import('../routes/branches-page'), 'BranchesPage'),
});

const signInRoute = createRoute({
  ...page(WebRoute.signIn),
  validateSearch: (raw: Record<string, unknown>) => returnSearch.parse(raw),
  component: lazyRouteComponent(() => import('../routes/sign-in-page'), 'SignInPage'),
});

const registerRoute = createRoute({
  ...page(WebRoute.register),
  validateSearch: (raw: Record<string, unknown>) => returnSearch.parse(raw),
  component: lazyRouteComponent(() => import('../routes/register-page'), 'RegisterPage'),
});

/** The token of a reset or verification link; a malformed one is treated as absent, and the page says so. */
const linkToken = z.object({ token: z.string().min(1).max(500).optional().catch(undefined) });

const resetPasswordRoute = createRoute({
  ...page(WebRoute.resetPassword),
  validateSearch: (raw: Record<string, unknown>) => linkToken.parse(raw),
  component: lazyRouteComponent(() => import('../routes/reset-password-page'), 'ResetPasswordPage'),
});

const verifyEmailRoute = createRoute({
  ...page(WebRoute.verifyEmail),
  validateSearch: (raw: Record<string, unknown>) => linkToken.parse(raw),
  component: lazyRouteComponent(() => import('../routes/verify-email-page'), 'VerifyEmailPage'),
});

// The candidate's own pages.
const candidate = requireAuth({ roles: ['candidate'] });
const profileRoute = createRoute({
  ...page(WebRoute.profile),
  beforeLoad: candidate,
  component: lazyRouteComponent(() => import('../routes/profile-page'), 'ProfilePage'),
});
const jobAlertsRoute = createRoute({
  ...page(WebRoute.jobAlerts),
  beforeLoad: candidate,
  component: lazyRouteComponent(() => import('../routes/job-alerts-page'), 'JobAlertsPage'),
});
const privacyRoute = createRoute({
  ...page(WebRoute.privacy),
  beforeLoad: candidate,
  component: lazyRouteComponent(() => import('../routes/privacy-page'), 'PrivacyPage'),
});
const applicationsRoute = createRoute({
  ...page(WebRoute.applications),
  beforeLoad: candidate,
  component: lazyRouteComponent(() => import('../routes/applications-page'), 'ApplicationsPage'),
});
const applicationRoute = createRoute({
  ...page(WebRoute.application),
  beforeLoad: candidate,
  component: lazyRouteComponent(() => import('../routes/application-page'), 'ApplicationPage'),
});
const thankYouRoute = createRoute({
  ...page(WebRoute.thankYou),
  beforeLoad: candidate,
  component: lazyRouteComponent(() => import('../routes/thank-you-page'), 'ThankYouPage'),
});
const applyRoute = createRoute({
  ...page(WebRoute.apply),
  beforeLoad: candidate,
  component: lazyRouteComponent(() => import('../routes/apply-page'), 'ApplyPage'),
});

// The recruiter console; e-mails link here. Admins pick a branch in the URL, recruiters always see their own.
const staff = requireAuth({ roles: ['recruiter', 'admin'] });
const uuid = z.string().uuid().optional().catch(undefined);
const consoleBranchSearch = z.object({ branchId: uuid });
const consoleListSearch = z.object({
  branchId: uuid,
  owedNews: z
    .preprocess((value) => value === true || value === 'true', z.boolean())
    .optional()
    .catch(undefined),
});
const recruiterRoute = createRoute({
  ...page(WebRoute.recruiter),
  beforeLoad: staff,
  validateSearch: (raw: Record<string, unknown>) => consoleBranchSearch.parse(raw),
  component: lazyRouteComponent(() => import('../routes/recruiter-today-page'), 'RecruiterTodayPage'),
});
const recruiterApplicationsRoute = createRoute({
  ...page(WebRoute.recruiterApplications),
  beforeLoad: staff,
  validateSearch: (raw: Record<string, unknown>) => consoleListSearch.parse(raw),
  component: lazyRouteComponent(() => import('../routes/recruiter-applications-page'), 'RecruiterApplicationsPage'),
});
const recruiterApplicationRoute = createRoute({
  ...page(WebRoute.recruiterApplication),
  beforeLoad: staff,
  component: lazyRouteComponent(() => import('../routes/recruiter-application-page'), 'RecruiterApplicationPage'),
});
const recruiterJobRoute = createRoute({
  ...page(WebRoute.recruiterJob),
  beforeLoad: staff,
  component: lazyRouteComponent(() => import('../routes/recruiter-job-page'), 'RecruiterJobPage'),
});

const recruiterJobsRoute = createRoute({
  ...page(WebRoute.recruiterJobs),
  beforeLoad: staff,
  component: lazyRouteComponent(() => import('../routes/recruiter-jobs-page'), 'RecruiterJobsPage'),
});
const jobEditor = lazyRouteComponent(() => import('../routes/recruiter-job-editor-page'), 'RecruiterJobEditorPage');
const recruiterJobNewRoute = createRoute({ ...page(WebRoute.recruiterJobNew), beforeLoad: staff, component: jobEditor });
const recruiterJobEditRoute = createRoute({ ...page(WebRoute.recruiterJobEdit), beforeLoad: staff, component: jobEditor });
const recruiterCompaniesRoute = createRoute({
  ...page(WebRoute.recruiterCompanies),
  beforeLoad: staff,
  validateSearch: (raw: Record<string, unknown>) => z.object({ companyId: uuid }).parse(raw),
  component: lazyRouteComponent(() => import('../routes/recruiter-companies-page'), 'RecruiterCompaniesPage'),
});
const recruiterAdminRoute = createRoute({
  ...page(WebRoute.recruiterAdmin),
  beforeLoad: requireAuth({ roles: ['admin'] }),
  component: lazyRouteComponent(() => import('../routes/recruiter-admin-page'), 'RecruiterAdminPage'),
});

export const routeTree = rootRoute.addChildren([
  searchRoute,
  jobRoute,
  branchesRoute,
  signInRoute,
  registerRoute,
  resetPasswordRoute,
  verifyEmailRoute,
  profileRoute,
  jobAlertsRoute,
  privacyRoute,
  applicationsRoute,
  applicationRoute,
  thankYouRoute,
  applyRoute,
  recruiterRoute,
  recruiterApplicationsRoute,
  recruiterApplicationRoute,
  recruiterJobRoute,
  recruiterJobsRoute,
  recruiterJobNewRoute,
  recruiterJobEditRoute,
  recruiterCompaniesRoute,
  recruiterAdminRoute,
]);

const branchSearch = z.object({
  postalCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9 -]{1,9}$/)
    .optional()
    .catch(undefined),
  lat: z.preprocess(numberParam, z.number().min(-90).max(90)).optional().catch(undefined),
  lng: z.preprocess(numberParam, z.number().min(-180).max(180)).optional().catch(undefined),
});

function parseBranchSearch(raw: Record<string, unknown>): z.output<typeof branchSearch> {
  const parsed = branchSearch.parse(raw);
  return parsed.lat !== undefined && parsed.lng !== undefined
    ? { lat: parsed.lat, lng: parsed.lng }
    : parsed.postalCode
      ? { postalCode: parsed.postalCode }
      : {};
}

export function createAppRouter(context: RouterContext, history?: RouterHistory) {
  return createRouter({
    routeTree,
    ...(history ? { history } : {}),
    context,
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    // Query already caches; the router only decides what to show.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: () => <NotFound />,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}

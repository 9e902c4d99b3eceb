import { WebRoute } from '@nextstep/contracts';
import { redirect, type ParsedLocation } from '@tanstack/react-router';
import { session, type SessionUser } from './session';

export interface RequireAuthOptions {
  /** Who may open the page; others go to their own start page. */
  roles?: readonly SessionUser['role'][];
}

/**
 * Route guard for pages that need an account: `beforeLoad: requireAuth()`.
 * Waits for the silent refresh, then sends a signed-out visitor to sign in
 * with `redirect` set, so they come back to the page they wanted.
 */
export function requireAuth(options: RequireAuthOptions = {}) {
  return async ({ location }: { location: ParsedLocation }): Promise<{ user: SessionUser }> => {
    const state = await session.ready();
    if (state.status !== 'signed-in') {
      throw redirect({
        to: WebRoute.signIn,
        search: { redirect: location.href, ...(state.status === 'signed-out' && state.expired ? { expired: true } : {}) },
      });
    }
    if (options.roles && !options.roles.includes(state.user.role)) {
      throw redirect({ to: state.user.role === 'candidate' ? WebRoute.search : WebRoute.recruiter });
    }
    return { user: state.user };
  };
}

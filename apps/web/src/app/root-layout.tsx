import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { AppShell } from '../components/layout/app-shell';

/**
 * Every page inside the shell. After a navigation to another page, focus
 * moves to its heading, so screen-reader and keyboard users start at the new
 * content instead of the old link (filter changes on one page keep focus).
 */
const FOCUS_WINDOW_MS = 3000;

function focusHeading(): boolean {
  const heading = document.querySelector<HTMLElement>('#main h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  return true;
}

/**
 * Focuses the page's h1, and again if a loading heading is replaced by the
 * loaded one ("Loading the job…" → the job title) while focus has not moved on.
 */
function focusHeadingWhileLoading(): void {
  const main = document.getElementById('main');
  requestAnimationFrame(() => focusHeading());
  if (!main) return;
  const observer = new MutationObserver(() => {
    const active = document.activeElement;
    if (active === null || active === document.body || active === main) focusHeading();
  });
  observer.observe(main, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), FOCUS_WINDOW_MS);
}

export function RootLayout() {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (!event.fromLocation || !event.pathChanged) return;
        focusHeadingWhileLoading();
      }),
    [router],
  );
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}

import { Outlet, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { AppShell } from '../components/layout/app-shell';

/**
 * Every page inside the shell. After a navigation to another page, focus
 * moves to its heading, so screen-reader and keyboard users start at the new
 * content instead of the old link (filter changes on one page keep focus).
 */
export function RootLayout() {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (!event.fromLocation || !event.pathChanged) return;
        requestAnimationFrame(() => {
          const heading = document.querySelector<HTMLElement>('#main h1');
          if (!heading) return;
          if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
          heading.focus({ preventScroll: true });
        });
      }),
    [router],
  );
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}

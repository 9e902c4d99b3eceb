import { MantineProvider } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { AppErrorBoundary } from '../components/errors/app-error-boundary';
import { createQueryClient } from '../lib/query-client';
import { session } from '../lib/session';
import { createAppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter({ queryClient }));

  useEffect(() => {
    void session.start();
    // A session the server no longer accepts: sign in again, then come back here.
    return session.onExpired(() => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] === 'me' });
      const here = router.state.location;
      if (here.pathname === WebRoute.signIn) return;
      void router.navigate({ to: WebRoute.signIn, search: { redirect: here.href, expired: true } });
    });
  }, [queryClient, router]);

  return (
    <AppErrorBoundary>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </AppErrorBoundary>
  );
}

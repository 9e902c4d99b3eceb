import { Container, Skeleton, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Problem } from '../../../components/errors/problem';
import { NotFound } from '../../../components/not-found';
import { isApiError } from '../../../lib/api-error';

export interface ConsoleStateProps {
  /** What is loading, e.g. "the application". */
  what: string;
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  notFound?: { title: string; message: string };
  children: () => ReactNode;
}

/** Loading, not found (another branch's record answers 404), failure with Retry, or the page: never a blank screen. */
export function ConsoleState({ what, query, notFound, children }: ConsoleStateProps) {
  if (query.isPending) {
    return (
      <Container size="xl" py="lg">
        <Stack aria-busy="true">
          <Title order={1} tabIndex={-1}>
            Loading {what}…
          </Title>
          <Skeleton height={24} width="40%" />
          <Skeleton height={240} />
        </Stack>
      </Container>
    );
  }
  if (query.isError) {
    if (notFound && isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) {
      return <NotFound title={notFound.title} message={notFound.message} />;
    }
    return (
      <Container size="xl" py="lg">
        <Stack>
          <Title order={1} tabIndex={-1}>
            {what.charAt(0).toUpperCase() + what.slice(1)} could not be loaded
          </Title>
          <Problem error={query.error} onRetry={() => void query.refetch()} />
        </Stack>
      </Container>
    );
  }
  return <>{children()}</>;
}

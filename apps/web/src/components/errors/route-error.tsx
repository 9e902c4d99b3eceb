import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { ApiUnreachableError, describeError } from '../../lib/api-error';
import { AnchorLink } from '../links';

/** Shown in place of a page whose loading or rendering failed; the header stays, so the person is never stuck. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  useEffect(() => queryReset.reset(), [queryReset]);
  const unreachable = error instanceof ApiUnreachableError;
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} tabIndex={-1}>
          {unreachable ? 'Nextstep is unreachable' : 'This page could not be shown'}
        </Title>
        <Text>{describeError(error)}</Text>
        <Group>
          <Button
            onClick={() => {
              reset();
              void router.invalidate();
            }}
          >
            Retry
          </Button>
          <AnchorLink to="/">Go to the job search</AnchorLink>
        </Group>
      </Stack>
    </Container>
  );
}

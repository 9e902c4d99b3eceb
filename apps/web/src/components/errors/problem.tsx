import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiUnreachableError, describeError } from '../../lib/api-error';

export interface ProblemProps {
  error: unknown;
  /** What failed, e.g. "We could not load the jobs." */
  title?: string;
  onRetry?: () => void;
}

/** A failed request, in words, with Retry when trying again can help (never a raw error or a blank area). */
export function Problem({ error, title, onRetry }: ProblemProps) {
  const unreachable = error instanceof ApiUnreachableError;
  return (
    <Alert color="red" variant="light" title={unreachable ? 'Nextstep is unreachable' : (title ?? 'Something went wrong')} role="alert">
      <Text size="sm">{describeError(error)}</Text>
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="filled" color="red.8" onClick={onRetry}>
            Retry
          </Button>
        </Group>
      )}
    </Alert>
  );
}

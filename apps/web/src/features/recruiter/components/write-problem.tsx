import { Alert, Button, Group, Text } from '@mantine/core';
import { ErrorCode } from '@nextstep/contracts';
import { describeError, isApiError } from '../../../lib/api-error';

/** What a refused console write means, in words; the two conflicts offer a reload of what is on the server now. */
export function describeWriteError(error: unknown): { title: string; message: string; reload: boolean } {
  if (isApiError(error, ErrorCode.STALE_VERSION)) {
    return {
      title: 'Someone else changed this',
      message:
        'Someone else changed this application a moment ago, so your change was not saved. Reload to see what it looks like now, then try again.',
      reload: true,
    };
  }
  if (isApiError(error, ErrorCode.INVALID_TRANSITION)) {
    return {
      title: 'That move is not possible',
      message: `${describeError(error)} The application may have moved since you loaded it: reload to see where it is now.`,
      reload: true,
    };
  }
  return { title: 'Not saved', message: describeError(error), reload: false };
}

export function WriteProblem({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { title, message, reload } = describeWriteError(error);
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      <Text size="sm">{message}</Text>
      {reload && (
        <Group mt="xs">
          <Button size="xs" color="red.8" onClick={onReload}>
            Reload
          </Button>
        </Group>
      )}
    </Alert>
  );
}

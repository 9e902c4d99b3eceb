import { Alert, Text } from '@mantine/core';
import { ApiError, describeError } from '../../../lib/api-error';
import { describeZoneAside, formatWhen } from '../utils/time';

export interface RefusalNoteProps {
  error: unknown;
  timeZone: string;
  title?: string;
}

/**
 * A refused or failed send, in words, where it happened: the server's own
 * reason for a 409 (the same sentence the guidance panel shows) and, when it
 * names one, the time the answer changes.
 */
export function RefusalNote({ error, timeZone, title }: RefusalNoteProps) {
  const earliestAt =
    error instanceof ApiError && error.status === 409 && typeof error.body['earliestAt'] === 'string' ? error.body['earliestAt'] : null;
  const refused = error instanceof ApiError && error.status === 409;
  return (
    <Alert color={refused ? 'yellow' : 'red'} variant="light" title={title ?? (refused ? 'Not sent yet' : 'Not sent')} role="alert">
      <Text size="sm">{describeError(error)}</Text>
      {earliestAt && (
        <Text size="sm" mt={4}>
          You can send it from {formatWhen(earliestAt, timeZone)} ({describeZoneAside(timeZone)}).
        </Text>
      )}
    </Alert>
  );
}

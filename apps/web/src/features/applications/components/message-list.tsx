import { Card, Stack, Text } from '@mantine/core';
import type { Schemas } from '@nextstep/api-client';
import { formatShort } from '../utils/time';

export function MessageList({
  messages,
  timeZone,
  branchName,
}: {
  messages: readonly Schemas['MessageDto'][];
  timeZone: string;
  branchName: string;
}) {
  if (messages.length === 0) return <Text>You have not sent your branch any messages about this application.</Text>;
  return (
    <Stack gap="sm">
      {messages.map((message) => (
        <Card
          key={message.id}
          withBorder
          radius="md"
          padding="sm"
          component="article"
          aria-label={`${message.kind === 'thank_you' ? 'Thank-you note' : 'Message'} of ${formatShort(message.createdAt, timeZone)}`}
        >
          <Text size="sm" fw={600}>
            {message.kind === 'thank_you' ? 'Thank-you note' : 'Message'} sent {formatShort(message.createdAt, timeZone)} to {branchName}
            {message.readAt ? ', read by the branch' : ''}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {message.body}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}

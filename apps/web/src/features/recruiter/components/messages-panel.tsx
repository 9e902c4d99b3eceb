import { Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { CANDIDATE_MESSAGE } from '@nextstep/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { consoleKeys, markMessage, replyToCandidate, type StaffDetail } from '../api/console';
import { formatAt } from '../utils/time';
import { WriteProblem } from './write-problem';

const KIND: Record<string, string> = { thank_you: 'Thank-you note', message: 'Message' };

/** The candidate's messages and thank-you notes with read marks, the branch's replies, and the reply form. */
export function MessagesPanel({ application, timeZone }: { application: StaffDetail; timeZone: string }) {
  const queryClient = useQueryClient();
  const [reply, setReply] = useState('');
  const [touched, setTouched] = useState(false);
  const name = application.candidate?.firstName ?? 'the candidate';
  const refresh = () => queryClient.invalidateQueries({ queryKey: consoleKeys.all });
  const mark = useMutation({ mutationFn: ({ id, read }: { id: string; read: boolean }) => markMessage(id, read), onSettled: refresh });
  const send = useMutation({
    mutationFn: () => replyToCandidate(application.id, { body: reply.trim(), version: application.version }),
    onSuccess: (detail) => {
      setReply('');
      setTouched(false);
      queryClient.setQueryData(consoleKeys.detail(application.id), detail);
    },
    onSettled: refresh,
  });
  const empty = reply.trim() === '';

  return (
    <Stack gap="sm">
      {application.messages.length === 0 && <Text c="dimmed">No messages yet.</Text>}
      {application.messages.map((message) => {
        const fromCandidate = message.from === 'candidate';
        const unread = fromCandidate && message.readAt === null;
        return (
          <Card
            key={message.id}
            withBorder
            padding="sm"
            bg={fromCandidate ? undefined : 'gray.0'}
            aria-label={`${fromCandidate ? KIND[message.kind] : 'Reply from the branch'}, ${unread ? 'unread' : 'read'}`}
          >
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap="xs">
                <Badge variant="outline" color={fromCandidate ? (message.kind === 'thank_you' ? 'teal.9' : 'blue.9') : 'gray.7'}>
                  {fromCandidate ? (KIND[message.kind] ?? message.kind) : 'Reply from the branch'}
                </Badge>
                {unread && (
                  <Badge color="red.9" variant="filled">
                    Unread
                  </Badge>
                )}
                <Text size="sm">{formatAt(message.createdAt, timeZone)}</Text>
              </Group>
              {fromCandidate && (
                <Button
                  size="compact-xs"
                  variant="default"
                  onClick={() => mark.mutate({ id: message.id, read: unread })}
                  loading={mark.isPending && mark.variables?.id === message.id}
                >
                  {unread ? 'Mark as read' : 'Mark as unread'}
                </Button>
              )}
            </Group>
            <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {message.body}
            </Text>
          </Card>
        );
      })}
      <form
        noValidate
        aria-label={`Reply to ${name}`}
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (!empty) send.mutate();
        }}
      >
        <Stack gap="xs">
          <Textarea
            label={`Reply to ${name}`}
            description="E-mailed to the candidate, with replies coming back to your branch's address. It counts as a contact: the candidate's follow-up clock restarts."
            rows={3}
            maxLength={CANDIDATE_MESSAGE.maxChars}
            value={reply}
            onChange={(e) => setReply(e.currentTarget.value)}
            error={touched && empty ? 'Write your reply first.' : undefined}
          />
          {send.isError && <WriteProblem error={send.error} onReload={() => void refresh()} />}
          <Group>
            <Button type="submit" loading={send.isPending}>
              Send reply
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

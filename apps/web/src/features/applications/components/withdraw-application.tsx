import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../../../lib/api-error';
import { applicationKeys, withdrawApplication } from '../api/applications';

/** Taking an application back: asked twice, because it cannot be undone. */
export function WithdrawApplication({ applicationId, jobTitle }: { applicationId: string; jobTitle: string }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const withdraw = useMutation({
    mutationFn: () => withdrawApplication(applicationId, note.trim() || undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
  if (!open) {
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          Withdraw this application…
        </Button>
      </Group>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm">
        Withdrawing tells your branch you are no longer interested in the {jobTitle} job. It cannot be undone; to be considered again you
        would need to apply again if the job is still open.
      </Text>
      <Textarea
        label="Why, in a few words (optional, your branch sees it)"
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {withdraw.isError && (
        <Alert color="red" variant="light" role="alert" title="Not withdrawn">
          <Text size="sm">{describeError(withdraw.error)}</Text>
        </Alert>
      )}
      <Group>
        <Button color="red.8" onClick={() => withdraw.mutate()} loading={withdraw.isPending}>
          Withdraw my application
        </Button>
        <Button variant="default" onClick={() => setOpen(false)} disabled={withdraw.isPending}>
          Keep it
        </Button>
      </Group>
    </Stack>
  );
}

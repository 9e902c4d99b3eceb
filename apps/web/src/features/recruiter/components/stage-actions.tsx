import { Button, Checkbox, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { consoleKeys, moveApplication, type Stage, type StaffDetail } from '../api/console';
import { boardMoves, NOTIFYING_STAGES, STAFF_STAGE_LABELS } from '../utils/transitions';
import { WriteProblem } from './write-problem';

/** The stage moves the server's table allows from here, with the "don't notify" choice. */
export function StageActions({ application }: { application: StaffDetail }) {
  const queryClient = useQueryClient();
  const [notify, setNotify] = useState(true);
  const moves = boardMoves(application.status);
  const move = useMutation({
    mutationFn: (to: Stage) =>
      moveApplication(application.id, { to, version: application.version, notify: NOTIFYING_STAGES.has(to) ? notify : true }),
    onSuccess: (detail) => queryClient.setQueryData(consoleKeys.detail(application.id), detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consoleKeys.all }),
  });
  if (moves.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {moves.map((to) => (
          <Button
            key={to}
            size="xs"
            variant={to === 'rejected' ? 'outline' : 'filled'}
            color={to === 'rejected' ? 'red.9' : undefined}
            onClick={() => move.mutate(to)}
            loading={move.isPending && move.variables === to}
          >
            Move to {STAFF_STAGE_LABELS[to]}
          </Button>
        ))}
        <Checkbox label="Don't notify the candidate" checked={!notify} onChange={(e) => setNotify(!e.currentTarget.checked)} />
      </Group>
      {move.isError && (
        <WriteProblem
          error={move.error}
          onReload={() => void queryClient.invalidateQueries({ queryKey: consoleKeys.all }).then(() => move.reset())}
        />
      )}
    </Stack>
  );
}

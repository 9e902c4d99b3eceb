import { Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../../../lib/api-error';
import { deleteJobAlert, FREQUENCIES, jobAlertsKey, updateJobAlert, type JobAlert, type JobAlertChanges, type JobAlertFrequency } from '../api/job-alerts';

function lastSent(alert: JobAlert): string {
  if (!alert.lastSentAt) return 'No e-mail yet: the first one lists the jobs that open from when you saved it.';
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short', timeZone: alert.timeZone }).format(new Date(alert.lastSentAt));
  return `Last e-mail: ${when}.`;
}

function AlertCard({ alert }: { alert: JobAlert }) {
  const queryClient = useQueryClient();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const replace = (updated: JobAlert) => queryClient.setQueryData<JobAlert[]>(jobAlertsKey, (all) => all?.map((a) => (a.id === updated.id ? updated : a)));
  const change = useMutation({ mutationFn: (changes: JobAlertChanges) => updateJobAlert(alert.id, changes), onSuccess: replace });
  const remove = useMutation({
    mutationFn: () => deleteJobAlert(alert.id),
    onSuccess: () => queryClient.setQueryData<JobAlert[]>(jobAlertsKey, (all) => all?.filter((a) => a.id !== alert.id)),
  });
  const headingId = `alert-${alert.id}`;
  const error = change.error ?? remove.error;

  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            {alert.name}
          </Title>
          {!alert.active && <Badge color="gray">Paused</Badge>}
        </Group>
        <Text size="sm" c="gray.8">
          {lastSent(alert)} <Anchor href={alert.searchPath}>See the search</Anchor>
        </Text>
        <Group gap="lg" align="flex-end" wrap="wrap">
          <NativeSelect
            label="How often"
            aria-label={`How often: ${alert.name}`}
            data={FREQUENCIES.map((option) => ({ value: option.value, label: option.label }))}
            value={alert.frequency}
            disabled={change.isPending}
            onChange={(event) => change.mutate({ frequency: event.currentTarget.value as JobAlertFrequency })}
            w={180}
          />
          <Switch
            label={alert.active ? 'On' : 'Paused'}
            aria-label={`Send e-mails for ${alert.name}`}
            checked={alert.active}
            disabled={change.isPending}
            onChange={(event) => change.mutate({ active: event.currentTarget.checked })}
          />
          {confirmDelete ? (
            <Group gap="xs">
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
                Yes, delete it
              </Button>
              <Button variant="default" onClick={() => setConfirmDelete(false)}>
                Keep it
              </Button>
            </Group>
          ) : (
            <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)} aria-label={`Delete ${alert.name}`}>
              Delete
            </Button>
          )}
        </Group>
        {error && (
          <Text role="alert" c="red.8" size="sm">
            Not saved: {describeError(error)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** A candidate's alerts, each with its frequency, an on/off switch and delete. */
export function JobAlertList({ alerts }: { alerts: JobAlert[] }) {
  if (!alerts.length) {
    return (
      <Text>
        You have no job alerts yet. Search for jobs, then choose “Create alert from this search” to get new matches by e-mail.
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {alerts.map((alert) => (
        <AlertCard key={alert.id} alert={alert} />
      ))}
    </Stack>
  );
}

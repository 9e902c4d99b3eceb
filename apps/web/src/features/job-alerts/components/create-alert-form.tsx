import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { WebRoute } from '@nextstep/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/form-errors';
import {
  alertCriteriaOf,
  createGuestJobAlert,
  createJobAlert,
  FREQUENCIES,
  jobAlertsKey,
  type JobAlertFrequency,
  type SearchToSave,
} from '../api/job-alerts';

const schema = (guest: boolean) =>
  z.object({
    frequency: z.enum(['instant', 'daily', 'weekly']),
    email: guest ? z.string().trim().email('Enter the e-mail address the alerts should go to.').max(254) : z.string(),
  });
type Values = { frequency: JobAlertFrequency; email: string };
const FIELDS = ['frequency', 'email'] as const;

/**
 * "Create alert from this search": new jobs matching the search, by e-mail.
 * Signed-in candidates save it to their account; anyone else gives an
 * address and confirms it from the e-mail we send (nothing else comes before).
 */
export function CreateAlertFromSearch({ search, signedIn }: { search: SearchToSave; signedIn: boolean }) {
  const [open, disclosure] = useDisclosure(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const panelId = useId();
  const queryClient = useQueryClient();
  const form = useForm<Values>({ resolver: zodResolver(schema(!signedIn)), defaultValues: { frequency: 'daily', email: '' } });
  const save = useMutation({
    mutationFn: async ({ frequency, email }: Values) => {
      const alert = { ...alertCriteriaOf(search), frequency };
      if (signedIn) {
        const created = await createJobAlert(alert);
        await queryClient.invalidateQueries({ queryKey: jobAlertsKey });
        return `Alert saved: ${created.name}. The first e-mail lists only jobs that open from now on.`;
      }
      return (await createGuestJobAlert({ ...alert, email, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })).message;
    },
  });

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDone(null);
    try {
      setDone(await save.mutateAsync(values));
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, { fields: FIELDS }));
    }
  });
  const { errors } = form.formState;

  return (
    <Stack gap="xs">
      <Button variant="light" onClick={disclosure.toggle} aria-expanded={open} {...(open ? { 'aria-controls': panelId } : {})}>
        Create alert from this search
      </Button>
      {open && (
        <Paper withBorder radius="md" p="md" id={panelId}>
          <form onSubmit={submit} noValidate aria-label="Job alert">
            <Stack gap="sm">
              <Title order={2} size="h4">
                New jobs for this search, by e-mail
              </Title>
              <Controller
                control={form.control}
                name="frequency"
                render={({ field }) => (
                  <Radio.Group label="How often" value={field.value} onChange={(value) => field.onChange(value)} error={errors.frequency?.message}>
                    <Stack gap={6} mt={6}>
                      {FREQUENCIES.map((option) => (
                        <Radio key={option.value} value={option.value} label={option.label} description={option.description} />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
              />
              {!signedIn && (
                <TextInput
                  label="Your e-mail address"
                  description="We send a link to confirm it first, and nothing else until you do."
                  type="email"
                  autoComplete="email"
                  required
                  error={errors.email?.message}
                  {...form.register('email')}
                />
              )}
              {formError && (
                <Alert color="red" title="The alert was not created">
                  {formError}
                </Alert>
              )}
              {done && (
                <Text role="status">
                  {done}
                  {signedIn && (
                    <>
                      {' '}
                      <Anchor href={WebRoute.jobAlerts}>Manage your alerts</Anchor>
                    </>
                  )}
                </Text>
              )}
              <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
                Create alert
              </Button>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}

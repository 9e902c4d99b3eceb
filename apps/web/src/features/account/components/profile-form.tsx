import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/form-errors';
import { profileKey, updateProfile, type Profile } from '../api/account';
import { browserTimeZone, timeZoneOptions } from '../utils/time-zones';

const schema = z.object({
  firstName: z.string().trim().min(1, 'Enter your first name.').max(100),
  lastName: z.string().trim().min(1, 'Enter your last name.').max(100),
  phone: z
    .string()
    .trim()
    // The API's rule: an optional leading +, then 7 to 25 digits, spaces or ( ) - .
    .regex(/^$|^\+?[0-9 ().-]{7,25}$/, 'Enter a phone number: digits, spaces and + ( ) - . only.'),
  city: z.string().trim().max(100),
  timeZone: z.string().min(1, 'Choose your time zone.'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['firstName', 'lastName', 'phone', 'city', 'timeZone'] as const;

export function ProfileForm({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZoneOptions(profile.timeZone), [profile.timeZone]);
  const browserZone = browserTimeZone();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      firstName: profile.firstName,
      lastName: profile.lastName,
      phone: profile.phone ?? '',
      city: profile.city ?? '',
      timeZone: profile.timeZone,
    },
  });
  const save = useMutation({
    mutationFn: (values: Values) => updateProfile({ ...values, phone: values.phone || null, city: values.city || null }),
    onSuccess: (updated) => {
      queryClient.setQueryData(profileKey, updated);
      form.reset({
        firstName: updated.firstName,
        lastName: updated.lastName,
        phone: updated.phone ?? '',
        city: updated.city ?? '',
        timeZone: updated.timeZone,
      });
      setSaved(true);
    },
  });
  const chosenZone = useWatch({ control: form.control, name: 'timeZone' });

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      await save.mutateAsync(values);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, { fields: FIELDS }));
    }
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={submit} noValidate aria-label="Your details">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="First name"
            autoComplete="given-name"
            required
            error={errors.firstName?.message}
            {...form.register('firstName')}
          />
          <TextInput
            label="Last name"
            autoComplete="family-name"
            required
            error={errors.lastName?.message}
            {...form.register('lastName')}
          />
          <TextInput label="Phone" type="tel" autoComplete="tel" error={errors.phone?.message} {...form.register('phone')} />
          <TextInput label="City" autoComplete="address-level2" error={errors.city?.message} {...form.register('city')} />
        </SimpleGrid>
        <Controller
          control={form.control}
          name="timeZone"
          render={({ field, fieldState }) => (
            <Select
              label="Time zone"
              description="Reminder e-mails and every date on your applications are shown in it."
              data={zones}
              searchable
              allowDeselect={false}
              nothingFoundMessage="No time zone by that name"
              value={field.value}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        {browserZone && browserZone !== chosenZone && (
          <Group gap="xs">
            <Text size="sm">This browser is set to {browserZone}.</Text>
            <Button variant="subtle" size="compact-sm" onClick={() => form.setValue('timeZone', browserZone, { shouldDirty: true })}>
              Use {browserZone}
            </Button>
          </Group>
        )}
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            <Text size="sm">{formError}</Text>
          </Alert>
        )}
        {saved && !form.formState.isDirty && (
          <Alert color="green" variant="light" role="status" title="Saved">
            <Text size="sm">Your details are up to date.</Text>
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

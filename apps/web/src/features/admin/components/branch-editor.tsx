import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { describeError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { createBranch, updateBranch, type Branch } from '../api/admin';

const validZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const schema = z.object({
  name: z.string().trim().min(2, 'Give the branch a name.').max(120),
  addressLine: z.string().trim().min(1, 'Give the street address.').max(200),
  city: z.string().trim().min(1, 'Give the city.').max(100),
  region: z.string().trim().min(1, 'Give the state.').max(100),
  postalCode: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/, 'That is not a postal code.'),
  phone: z.string().trim().min(7, 'Give the phone number.').max(40),
  email: z.string().trim().email('That is not an e-mail address.'),
  openingHours: z.string().trim().min(1, 'When is the branch open, e.g. “Mon–Fri 8:00–17:00”?').max(200),
  timeZone: z.string().trim().refine(validZone, 'Use an IANA time zone such as America/Chicago.'),
  latitude: z.number({ message: 'Give the latitude.' }).min(-90).max(90),
  longitude: z.number({ message: 'Give the longitude.' }).min(-180).max(180),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['name', 'addressLine', 'city', 'region', 'postalCode', 'phone', 'email', 'openingHours', 'timeZone', 'latitude', 'longitude'] as const;

/** A branch's address, phone, hours and time zone (every time the console shows for it is in that zone). */
export function BranchEditor({ branch, onSaved }: { branch: Branch | null; onSaved: (branch: Branch) => void }) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: branch
      ? { ...branch }
      : { name: '', addressLine: '', city: '', region: '', postalCode: '', phone: '', email: '', openingHours: 'Mon–Fri 8:00–17:00', timeZone: 'America/Chicago', latitude: Number.NaN, longitude: Number.NaN },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      const result = branch ? await updateBranch(branch.id, values) : await createBranch(values);
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: ['staff'] });
      onSaved(result);
    } catch (error) {
      const leftOver = applyServerErrors(error, form.setError, { fields: FIELDS });
      if (leftOver !== null) setFormError(error);
    }
  });
  const coordinate = (name: 'latitude' | 'longitude', label: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          decimalScale={5}
          value={Number.isNaN(field.value) ? '' : field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
          onBlur={field.onBlur}
          error={errors[name]?.message}
        />
      )}
    />
  );
  return (
    <form noValidate aria-label={branch ? `Edit ${branch.name}` : 'New branch'} onSubmit={submit}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Name" error={errors.name?.message} {...form.register('name')} />
          <TextInput label="Street address" error={errors.addressLine?.message} {...form.register('addressLine')} />
          <TextInput label="City" error={errors.city?.message} {...form.register('city')} />
          <TextInput label="State" error={errors.region?.message} {...form.register('region')} />
          <TextInput label="Postal code" error={errors.postalCode?.message} {...form.register('postalCode')} />
          <TextInput label="Phone" type="tel" error={errors.phone?.message} {...form.register('phone')} />
          <TextInput label="E-mail" type="email" description="Candidates' replies to the branch go here." error={errors.email?.message} {...form.register('email')} />
          <TextInput label="Opening hours" error={errors.openingHours?.message} {...form.register('openingHours')} />
          <TextInput label="Time zone" description="IANA name, e.g. America/Chicago." error={errors.timeZone?.message} {...form.register('timeZone')} />
          {coordinate('latitude', 'Latitude')}
          {coordinate('longitude', 'Longitude')}
        </SimpleGrid>
        {formError !== null && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            <Text size="sm">{describeError(formError)}</Text>
          </Alert>
        )}
        {saved && (
          <Text role="status" c="teal.9" fw={600}>
            Saved.
          </Text>
        )}
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {branch ? 'Save branch' : 'Add branch'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

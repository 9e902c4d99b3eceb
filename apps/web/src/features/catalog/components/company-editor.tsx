import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Group, List, SimpleGrid, Stack, Switch, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { describeError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { catalogKeys, createCompany, updateCompany, type StaffCompany } from '../api/catalog';

const schema = z.object({
  name: z.string().trim().min(1, 'Give the company name.').max(160),
  industry: z.string().trim().min(2, 'Name the industry, e.g. “food producer”.').max(100),
  website: z.union([z.literal(''), z.string().trim().url('That is not a web address (start with https://).')]),
  mission: z.string().trim().min(1, 'What is the company there to do?').max(4000),
  values: z.array(z.string().trim().min(1).max(200)).max(20, 'At most 20 values.'),
  goals: z.string().trim().min(1, 'What is it working towards?').max(4000),
  operations: z.string().trim().min(1, 'How does it run: sites, shifts, size?').max(4000),
  confidential: z.boolean(),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['name', 'industry', 'website', 'mission', 'values', 'goals', 'operations', 'confidential'] as const;

/** A client company's profile, with the public view beside it: what candidates research before an interview. */
export function CompanyEditor({ company, onSaved }: { company: StaffCompany | null; onSaved: (company: StaffCompany) => void }) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: company
      ? { ...company, website: company.website ?? '', values: [...company.values] }
      : { name: '', industry: '', website: '', mission: '', values: [], goals: '', operations: '', confidential: false },
  });
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(false);
    try {
      const body = { ...values, website: values.website || null };
      const result = company ? await updateCompany(company.id, body) : await createCompany(body);
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: catalogKeys.all });
      onSaved(result);
    } catch (error) {
      const leftOver = applyServerErrors(error, form.setError, { fields: FIELDS });
      if (leftOver !== null) setFormError(error);
    }
  });
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <form noValidate aria-label={company ? `Edit ${company.name}` : 'New company'} onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label="Name" error={errors.name?.message} {...form.register('name')} />
          <TextInput label="Industry" description="Confidential companies appear as “A leading <industry>”." error={errors.industry?.message} {...form.register('industry')} />
          <TextInput label="Website (optional)" type="url" error={errors.website?.message} {...form.register('website')} />
          <Textarea label="Mission" autosize minRows={2} error={errors.mission?.message} {...form.register('mission')} />
          <Controller
            control={form.control}
            name="values"
            render={({ field }) => <TagsInput label="Values" description="Press Enter after each." value={field.value} onChange={field.onChange} error={errors.values?.message} />}
          />
          <Textarea label="Goals" autosize minRows={2} error={errors.goals?.message} {...form.register('goals')} />
          <Textarea label="Operations" autosize minRows={2} error={errors.operations?.message} {...form.register('operations')} />
          <Controller
            control={form.control}
            name="confidential"
            render={({ field }) => (
              <Switch
                label="Confidential: do not name the company to candidates"
                checked={field.value}
                onChange={(e) => field.onChange(e.currentTarget.checked)}
              />
            )}
          />
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
              {company ? 'Save company' : 'Add company'}
            </Button>
          </Group>
        </Stack>
      </form>
      <CompanyPreview control={form.control} />
    </SimpleGrid>
  );
}

function CompanyPreview({ control }: { control: ReturnType<typeof useForm<Values>>['control'] }) {
  const v = useWatch({ control });
  const shownName = v.confidential ? `A leading ${v.industry || 'company'}` : v.name || 'Company name';
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="company-preview-heading">
      <Title order={2} size="h3" id="company-preview-heading" mb="xs">
        What candidates will see
      </Title>
      <Title order={3} size="h4">
        {shownName}
      </Title>
      {!v.confidential && v.website && <Text size="sm">{v.website}</Text>}
      {v.confidential && (
        <Text size="sm" c="dimmed">
          Name and website hidden. The profile below is still shown on its job pages, so candidates can prepare.
        </Text>
      )}
      <List size="sm" mt="xs" spacing={4}>
        <List.Item>
          <strong>Mission:</strong> {v.mission || '—'}
        </List.Item>
        <List.Item>
          <strong>Values:</strong> {v.values && v.values.length > 0 ? v.values.join(', ') : '—'}
        </List.Item>
        <List.Item>
          <strong>Goals:</strong> {v.goals || '—'}
        </List.Item>
        <List.Item>
          <strong>Operations:</strong> {v.operations || '—'}
        </List.Item>
      </List>
    </Card>
  );
}

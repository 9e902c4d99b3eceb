import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Card, Code, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { AnchorLink } from '../../../components/links';
import { describeError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatPay } from '../../../lib/format';
import { describeZone } from '../../../lib/zoned-time';
import { catalogKeys, closeJob, createJob, publicJsonLdQuery, updateJob, type Branch, type StaffCompany, type StaffJob } from '../api/catalog';
import { formToJob, JOB_FIELD_ALIASES, JOB_FORM_FIELDS, jobFormSchema, jobToForm, type JobFormValues } from '../utils/job-form';

const TYPES = [
  { value: 'temporary', label: 'Temporary' },
  { value: 'temp_to_hire', label: 'Temp-to-hire' },
  { value: 'direct_hire', label: 'Direct hire' },
];
const STATUS_LABELS: Record<StaffJob['status'], string> = { draft: 'Draft', open: 'Open', closed: 'Closed', filled: 'Filled' };

export interface JobEditorProps {
  job: StaffJob | null;
  companies: readonly StaffCompany[];
  branches: readonly Branch[];
  /** A recruiter's own branch (the only one they may post for); null for admins. */
  fixedBranchId: string | null;
  onSaved: (job: StaffJob) => void;
}

/** Create or edit a job (draft → open → closed/filled), with what candidates will see and the page's JobPosting data. */
export function JobEditor({ job, companies, branches, fixedBranchId, onSaved }: JobEditorProps) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<unknown>(null);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  // A closing day is a day on the branch's clock (UTC only for a branch this list does not hold).
  const timeZoneOf = (branchId: string) => branches.find((b) => b.id === branchId)?.timeZone ?? 'UTC';
  const form = useForm<JobFormValues>({
    resolver: zodResolver(jobFormSchema),
    defaultValues: job
      ? jobToForm(job, timeZoneOf(job.branchId))
      : {
          title: '',
          description: '',
          employmentType: 'temporary',
          skills: [],
          companyId: '',
          branchId: fixedBranchId ?? '',
          city: '',
          region: '',
          postalCode: '',
          latitude: Number.NaN,
          longitude: Number.NaN,
          payMin: Number.NaN,
          payMax: Number.NaN,
          payPeriod: 'hour',
          closesOn: '',
        },
  });
  const errors = form.formState.errors;
  const chosenBranchId = useWatch({ control: form.control, name: 'branchId' });
  const chosenBranch = branches.find((b) => b.id === chosenBranchId);
  const refresh = () => queryClient.invalidateQueries({ queryKey: catalogKeys.all });
  const save = async (values: JobFormValues, status?: 'draft' | 'open') => {
    setFormError(null);
    setSavedNote(null);
    try {
      const body = formToJob(values, timeZoneOf(values.branchId));
      const saved = job ? await updateJob(job.id, { ...body, ...(status ? { status } : {}) }) : await createJob({ ...body, status: status ?? 'draft' });
      setSavedNote(saved.status === 'open' ? 'Saved. The job is on the board.' : 'Saved as a draft: candidates do not see it yet.');
      void refresh();
      onSaved(saved);
    } catch (error) {
      const leftOver = applyServerErrors(error, form.setError, { fields: JOB_FORM_FIELDS, fieldAliases: JOB_FIELD_ALIASES });
      if (leftOver !== null) setFormError(error);
    }
  };
  const close = useMutation({
    mutationFn: (outcome: 'closed' | 'filled') => closeJob(job?.id ?? '', outcome),
    onSuccess: (saved) => {
      void refresh();
      onSaved(saved);
    },
  });
  const companyOptions = companies.map((c) => ({ value: c.id, label: c.confidential ? `${c.name} (confidential)` : c.name }));
  const branchOptions = branches.map((b) => ({ value: b.id, label: b.name }));
  const numberField = (name: 'latitude' | 'longitude' | 'payMin' | 'payMax', label: string, extra: { decimalScale?: number; min?: number; max?: number } = {}) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          value={Number.isNaN(field.value) ? '' : field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
          onBlur={field.onBlur}
          error={errors[name]?.message}
          {...extra}
        />
      )}
    />
  );

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <form noValidate aria-label={job ? `Edit ${job.title}` : 'New job'} onSubmit={form.handleSubmit((values) => save(values))}>
        <Stack gap="sm">
          {job && (
            <Group gap="xs">
              <Text>Status:</Text>
              <Badge variant="outline" color="blue.9">
                {STATUS_LABELS[job.status]}
              </Badge>
            </Group>
          )}
          <TextInput label="Title" error={errors.title?.message} {...form.register('title')} />
          <Textarea label="Description" description="What the work is, the shift, what the candidate needs." autosize minRows={6} maxRows={16} error={errors.description?.message} {...form.register('description')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Controller
              control={form.control}
              name="employmentType"
              render={({ field }) => <Select label="Kind of job" data={TYPES} value={field.value} onChange={(v) => v && field.onChange(v)} allowDeselect={false} />}
            />
            <Controller
              control={form.control}
              name="companyId"
              render={({ field }) => (
                <Select label="Client company" data={companyOptions} value={field.value || null} onChange={(v) => field.onChange(v ?? '')} searchable error={errors.companyId?.message} />
              )}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="skills"
            render={({ field }) => (
              <TagsInput
                label="Skills"
                description="Press Enter after each. The resume-fit check looks for each one as a whole term."
                value={field.value}
                onChange={field.onChange}
                maxTags={30}
                error={errors.skills?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="branchId"
            render={({ field }) => (
              <Select
                label="Branch"
                data={branchOptions}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                disabled={fixedBranchId !== null}
                description={fixedBranchId !== null ? 'Recruiters post for their own branch.' : undefined}
                error={errors.branchId?.message}
              />
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label="City" error={errors.city?.message} {...form.register('city')} />
            <TextInput label="State" error={errors.region?.message} {...form.register('region')} />
            <TextInput label="Postal code" error={errors.postalCode?.message} {...form.register('postalCode')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {numberField('latitude', 'Latitude', { decimalScale: 5, min: -90, max: 90 })}
            {numberField('longitude', 'Longitude', { decimalScale: 5, min: -180, max: 180 })}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {numberField('payMin', 'Lowest pay (USD)', { decimalScale: 2, min: 0 })}
            {numberField('payMax', 'Highest pay (USD)', { decimalScale: 2, min: 0 })}
            <Controller
              control={form.control}
              name="payPeriod"
              render={({ field }) => (
                <Select
                  label="Per"
                  data={[
                    { value: 'hour', label: 'Hour' },
                    { value: 'year', label: 'Year' },
                  ]}
                  value={field.value}
                  onChange={(v) => v && field.onChange(v)}
                  allowDeselect={false}
                />
              )}
            />
          </SimpleGrid>
          <TextInput
            type="date"
            label="Stops taking applications after (optional)"
            description={
              chosenBranch
                ? `Applications close when this day ends in ${describeZone(chosenBranch.timeZone)}, the branch's clock.`
                : "The day ends on the branch's clock: choose the branch first."
            }
            error={errors.closesOn?.message}
            {...form.register('closesOn')}
          />
          {formError !== null && (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              <Text size="sm">{describeError(formError)}</Text>
            </Alert>
          )}
          {savedNote && (
            <Text role="status" c="teal.9" fw={600}>
              {savedNote}
            </Text>
          )}
          <Group gap="xs">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {job ? 'Save changes' : 'Save as draft'}
            </Button>
            {(!job || job.status !== 'open') && (
              <Button variant="outline" color="teal.9" onClick={() => void form.handleSubmit((values) => save(values, 'open'))()}>
                {job && job.status !== 'draft' ? 'Save and re-open' : 'Save and publish'}
              </Button>
            )}
            {job?.status === 'open' && (
              <>
                <Button variant="outline" color="gray.8" onClick={() => close.mutate('filled')} loading={close.isPending && close.variables === 'filled'}>
                  Mark filled
                </Button>
                <Button variant="outline" color="red.9" onClick={() => close.mutate('closed')} loading={close.isPending && close.variables === 'closed'}>
                  Close job
                </Button>
              </>
            )}
          </Group>
          {close.isError && (
            <Text c="red.8" role="alert">
              {describeError(close.error)}
            </Text>
          )}
        </Stack>
      </form>
      <Stack gap="md">
        <JobPreview control={form.control} companies={companies} />
        {job && <JsonLdPreview job={job} />}
      </Stack>
    </SimpleGrid>
  );
}

/** The job as candidates will see it on the board, from the form as it is now. */
function JobPreview({ control, companies }: { control: Control<JobFormValues>; companies: readonly StaffCompany[] }) {
  const values = useWatch({ control });
  const company = companies.find((c) => c.id === values.companyId);
  const companyName = company ? (company.confidential ? `A leading ${company.industry}` : company.name) : 'The client company';
  const pay =
    typeof values.payMin === 'number' && typeof values.payMax === 'number' && !Number.isNaN(values.payMin) && !Number.isNaN(values.payMax)
      ? formatPay({ min: values.payMin, max: values.payMax, period: values.payPeriod ?? 'hour', currency: 'USD' })
      : 'Pay to be set';
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="preview-heading">
      <Title order={2} size="h3" id="preview-heading" mb="xs">
        What candidates will see
      </Title>
      <Title order={3} size="h4">
        {values.title || 'Job title'}
      </Title>
      <Text size="sm">
        {companyName} · {[values.city, values.region].filter(Boolean).join(', ') || 'Place'} · {TYPES.find((t) => t.value === values.employmentType)?.label}
      </Text>
      <Text fw={600} mt={4}>
        {pay}
      </Text>
      {company?.confidential && (
        <Text size="sm" c="dimmed">
          Confidential client: its name and website are never shown; its mission, values, goals and operations are, to help candidates prepare.
        </Text>
      )}
      <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }} lineClamp={8}>
        {values.description || 'The description appears here.'}
      </Text>
      {values.skills && values.skills.length > 0 && <Text size="sm" mt="xs">Skills: {values.skills.join(', ')}</Text>}
    </Card>
  );
}

/** The JobPosting data in the public page's head, as crawlers read it (saved, open jobs only). */
function JsonLdPreview({ job }: { job: StaffJob }) {
  const jsonLd = useQuery({ ...publicJsonLdQuery(job.id), enabled: job.status === 'open' });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="jsonld-heading">
      <Title order={2} size="h3" id="jsonld-heading" mb="xs">
        Search engine data (JobPosting)
      </Title>
      {job.status !== 'open' ? (
        <Text size="sm">The public page and its JobPosting data appear once the job is open.</Text>
      ) : jsonLd.isPending ? (
        <Text size="sm">Loading…</Text>
      ) : jsonLd.data ? (
        <>
          <Text size="sm" mb="xs">
            As served in the head of the <AnchorLink to={WebRoute.job} params={{ jobId: job.id }}>public job page</AnchorLink> (saved version).
          </Text>
          <Code block style={{ maxHeight: '24rem', overflow: 'auto' }} tabIndex={0} aria-label="JobPosting JSON-LD">
            {jsonLd.data}
          </Code>
        </>
      ) : (
        <Text size="sm">The public page carries no JobPosting data.</Text>
      )}
    </Card>
  );
}

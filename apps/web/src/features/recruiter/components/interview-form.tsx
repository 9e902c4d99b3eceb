import { INTERVIEW_MODE_WORDS } from '@nextstep/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, List, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/form-errors';
import { consoleKeys, interviewConflicts, type Interview, type ScheduleInterview } from '../api/console';
import { describeZone, formatAt, fromZonedInput, toZonedInput } from '../utils/time';
import { WriteProblem } from './write-problem';

const MODES = Object.entries(INTERVIEW_MODE_WORDS).map(([value, label]) => ({ value, label }));

const schema = z.object({
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Pick the date and the time.'),
  durationMinutes: z
    .number({ message: 'Give the length in minutes.' })
    .int('Whole minutes only.')
    .min(5, 'At least 5 minutes.')
    .max(480, 'At most 8 hours.'),
  mode: z.enum(['in_person', 'phone', 'video']),
  location: z.string().trim().max(300, 'At most 300 characters.'),
  interviewerName: z.string().trim().min(1, 'Who will interview the candidate?').max(200, 'At most 200 characters.'),
  interviewerEmail: z.union([z.literal(''), z.string().trim().email('That is not an e-mail address.')]),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['start', 'durationMinutes', 'mode', 'location', 'interviewerName', 'interviewerEmail'] as const;

export interface InterviewFormProps {
  /** The branch's zone: the form reads and shows times on its clock. */
  timeZone: string;
  candidateTimeZone: string;
  /** Rescheduling: the interview as it is now. */
  interview?: Interview;
  submitLabel: string;
  onSubmit: (values: ScheduleInterview) => Promise<unknown>;
  onCancel?: () => void;
  onReload: () => void;
}

/** Schedules or moves an interview on the branch's clock, shows the candidate's local time, and warns of the recruiter's own clashes. */
export function InterviewForm({ timeZone, candidateTimeZone, interview, submitLabel, onSubmit, onCancel, onReload }: InterviewFormProps) {
  const [formError, setFormError] = useState<unknown>(null);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      start: interview ? toZonedInput(interview.scheduledAt, timeZone) : '',
      durationMinutes: interview?.durationMinutes ?? 45,
      mode: (interview?.mode as Values['mode'] | undefined) ?? 'in_person',
      location: interview?.location ?? '',
      interviewerName: interview?.interviewerName ?? '',
      interviewerEmail: interview?.interviewerEmail ?? '',
    },
  });
  const [start, duration] = useWatch({ control: form.control, name: ['start', 'durationMinutes'] });
  const startIso = start ? fromZonedInput(start, timeZone) : null;
  const validDuration = Number.isInteger(duration) && duration >= 5 && duration <= 480;
  const conflicts = useQuery({
    queryKey: [...consoleKeys.all, 'conflicts', startIso, duration, interview?.id ?? null],
    queryFn: () =>
      interviewConflicts({ start: startIso ?? '', durationMinutes: duration, ...(interview ? { excludeInterviewId: interview.id } : {}) }),
    enabled: startIso !== null && validDuration,
  });
  const errors = form.formState.errors;
  const zoneName = describeZone(timeZone);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const scheduledAt = fromZonedInput(values.start, timeZone);
    if (!scheduledAt) {
      form.setError('start', { message: 'Pick the date and the time.' });
      return;
    }
    try {
      await onSubmit({
        scheduledAt,
        durationMinutes: values.durationMinutes,
        mode: values.mode,
        ...(values.location ? { location: values.location } : {}),
        interviewerName: values.interviewerName,
        ...(values.interviewerEmail ? { interviewerEmail: values.interviewerEmail } : {}),
      });
    } catch (error) {
      const leftOver = applyServerErrors(error, form.setError, { fields: FIELDS, fieldAliases: { scheduledAt: 'start' } });
      if (leftOver !== null) setFormError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={interview ? 'Reschedule the interview' : 'Schedule an interview'}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={`Starts (${zoneName})`}
            description="On the branch's clock."
            error={errors.start?.message}
            {...form.register('start')}
          />
          <Controller
            control={form.control}
            name="durationMinutes"
            render={({ field }) => (
              <NumberInput
                label="Length in minutes"
                min={5}
                max={480}
                step={15}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                onBlur={field.onBlur}
                error={errors.durationMinutes?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="mode"
            render={({ field }) => (
              <Select
                label="How"
                data={MODES}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
                error={errors.mode?.message}
              />
            )}
          />
          <TextInput label="Where (address, phone number or video link)" error={errors.location?.message} {...form.register('location')} />
          <TextInput label="Interviewer" error={errors.interviewerName?.message} {...form.register('interviewerName')} />
          <TextInput
            type="email"
            label="Interviewer's e-mail (optional)"
            description="The candidate's thank-you note goes straight to this address."
            error={errors.interviewerEmail?.message}
            {...form.register('interviewerEmail')}
          />
        </SimpleGrid>
        {startIso && (
          <Text size="sm">
            That is {formatAt(startIso, timeZone)} at the branch, and {formatAt(startIso, candidateTimeZone)} for the candidate (
            {describeZone(candidateTimeZone)}).
          </Text>
        )}
        {conflicts.data && conflicts.data.length > 0 && (
          <Alert color="orange" variant="light" title="You already have an interview then" role="status">
            <List size="sm">
              {conflicts.data.map((c) => (
                <List.Item key={c.interviewId}>
                  {c.candidate.firstName} {c.candidate.lastName}, {c.jobTitle}: {formatAt(c.scheduledAt, timeZone)} for {c.durationMinutes}{' '}
                  min
                </List.Item>
              ))}
            </List>
            <Text size="sm" mt={4}>
              You can still save it, if someone else will run one of them.
            </Text>
          </Alert>
        )}
        {formError !== null && <WriteProblem error={formError} onReload={onReload} />}
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

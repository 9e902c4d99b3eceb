import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { COVER_LETTER, ErrorCode, WebRoute } from '@nextstep/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { AnchorLink } from '../../../components/links';
import { ApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { applicationKeys, applyToJob, type ApplicationDetail } from '../api/applications';
import { wrappingButton } from '../utils/wrapping-button';

const schema = z.object({
  coverLetter: z
    .string()
    .trim()
    .min(COVER_LETTER.minChars, `Write at least ${COVER_LETTER.minChars} characters: say why you fit this job.`)
    .max(COVER_LETTER.maxChars, `Keep it under ${COVER_LETTER.maxChars} characters.`),
});
type Values = z.infer<typeof schema>;

export interface ApplyFormProps {
  jobId: string;
  jobTitle: string;
  /** The candidate has a resume on their profile; it goes with the application. */
  hasResume: boolean;
  /** Where the resume is shown or uploaded (the page composes it from the account feature). */
  resumeSection: ReactNode;
  onApplied: (application: ApplicationDetail) => void;
}

type Refusal =
  | { kind: 'already'; applicationId: string | null; message: string }
  | { kind: 'closed'; message: string }
  | { kind: 'other'; message: string };

export function ApplyForm({ jobId, jobTitle, hasResume, resumeSection, onApplied }: ApplyFormProps) {
  const queryClient = useQueryClient();
  const formId = useId();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { coverLetter: '' } });
  const apply = useMutation({
    mutationFn: (values: Values) => applyToJob(jobId, { coverLetter: values.coverLetter }),
    onSuccess: async (application) => {
      await queryClient.invalidateQueries({ queryKey: applicationKeys.all });
      onApplied(application);
    },
  });
  const length = useWatch({ control: form.control, name: 'coverLetter' }).trim().length;
  const missing = Math.max(0, COVER_LETTER.minChars - length);

  const submit = form.handleSubmit(async (values) => {
    setRefusal(null);
    try {
      await apply.mutateAsync(values);
    } catch (error) {
      if (error instanceof ApiError && error.code === ErrorCode.ALREADY_APPLIED) {
        const id = error.body['applicationId'];
        return setRefusal({ kind: 'already', applicationId: typeof id === 'string' ? id : null, message: error.message });
      }
      if (error instanceof ApiError && error.code === ErrorCode.JOB_NOT_OPEN) return setRefusal({ kind: 'closed', message: error.message });
      const leftOver = applyServerErrors(error, form.setError, { fields: ['coverLetter'] });
      // With no resume on the profile the API names resumeText, which this form has no field for.
      if (leftOver !== null)
        setRefusal({
          kind: 'other',
          message:
            error instanceof ApiError && error.fields['resumeText'] ? 'Upload your resume first: it goes with the application.' : leftOver,
        });
    }
  });

  // The resume section holds its own upload form, and forms cannot nest (the browser would submit
  // the wrong one and reload the page), so it sits between this form and its Send button.
  return (
    <Stack gap="lg">
      <form id={formId} onSubmit={submit} noValidate aria-label={`Application for ${jobTitle}`}>
        <Stack gap={6}>
          <Textarea
            label="Cover letter"
            description={
              <>
                Once you apply, the employer will not take calls about it: your cover letter and resume are what speak for you, so say why
                you fit this job.
                <Text component="span" display="block" mt={4} size="sm" c={missing > 0 ? 'gray.8' : 'teal.9'} fw={500}>
                  {missing > 0
                    ? `${length} characters written: at least ${missing} more to go (minimum ${COVER_LETTER.minChars}).`
                    : `${length} characters: long enough (minimum ${COVER_LETTER.minChars}).`}
                </Text>
              </>
            }
            rows={8}
            resize="vertical"
            maxLength={COVER_LETTER.maxChars}
            required
            error={form.formState.errors.coverLetter?.message}
            {...form.register('coverLetter')}
          />
          <VisuallyHidden aria-live="polite">{missing === 0 ? 'Your cover letter is long enough.' : ''}</VisuallyHidden>
        </Stack>
      </form>
      {resumeSection}
      {refusal && <RefusalAlert refusal={refusal} />}
      <Group>
        <Button type="submit" form={formId} size="md" loading={apply.isPending} disabled={!hasResume} styles={wrappingButton}>
          Send my application for {jobTitle}
        </Button>
        {!hasResume && <Text size="sm">Upload your resume above to send the application.</Text>}
      </Group>
    </Stack>
  );
}

function RefusalAlert({ refusal }: { refusal: Refusal }) {
  if (refusal.kind === 'already') {
    return (
      <Alert color="blue" variant="light" role="alert" title="You have already applied">
        <Text size="sm">
          {refusal.message}{' '}
          {refusal.applicationId ? (
            <AnchorLink to={WebRoute.application} params={{ applicationId: refusal.applicationId }}>
              Open your application
            </AnchorLink>
          ) : (
            <AnchorLink to={WebRoute.applications}>See your applications</AnchorLink>
          )}
        </Text>
      </Alert>
    );
  }
  if (refusal.kind === 'closed') {
    return (
      <Alert color="yellow" variant="light" role="alert" title="This job is closed">
        <Text size="sm">
          {refusal.message} <AnchorLink to={WebRoute.search}>Search for other jobs</AnchorLink>
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" role="alert" title="The application was not sent">
      <Text size="sm">{refusal.message}</Text>
    </Alert>
  );
}

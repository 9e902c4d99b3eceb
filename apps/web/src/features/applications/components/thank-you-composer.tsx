import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { CANDIDATE_MESSAGE, WebRoute } from '@nextstep/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { AnchorLink, ButtonLink } from '../../../components/links';
import { ApiError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { applicationKeys, sendFollowUp, type Guidance, type SentMessage } from '../api/applications';
import { idealByText } from './guidance-panel';
import { RefusalNote } from './refusal-note';

const schema = z.object({
  body: z
    .string()
    .trim()
    .min(CANDIDATE_MESSAGE.minChars, `Write at least ${CANDIDATE_MESSAGE.minChars} characters.`)
    .max(CANDIDATE_MESSAGE.maxChars, `Keep it under ${CANDIDATE_MESSAGE.maxChars} characters.`),
});
type Values = z.infer<typeof schema>;

export interface ThankYouComposerProps {
  applicationId: string;
  guidance: Guidance;
}

/**
 * The note starts as the draft the reminder e-mail showed (the API gives the
 * same text), with the 24-hour hint next to it; after sending, the page says
 * where the note went.
 */
export function ThankYouComposer({ applicationId, guidance }: ThankYouComposerProps) {
  const queryClient = useQueryClient();
  const [sent, setSent] = useState<SentMessage | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const { thankYou, candidateTimeZone: zone } = guidance;
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { body: thankYou.draft ?? '' } });
  const send = useMutation({
    mutationFn: (values: Values) => sendFollowUp(applicationId, 'thank_you', values.body),
    onSuccess: setSent,
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.detail(applicationId) }),
  });
  const submit = form.handleSubmit(async (values) => {
    setRefusal(null);
    try {
      await send.mutateAsync(values);
    } catch (error) {
      if (applyServerErrors(error, form.setError, { fields: ['body'] }) !== null) setRefusal(error);
    }
  });
  const length = useWatch({ control: form.control, name: 'body' }).trim().length;

  if (sent) {
    return (
      <Alert color="green" variant="light" title="Your thank-you note is sent" role="status">
        <Stack gap="xs">
          <Text size="sm">{sent.deliveredTo.summary}</Text>
          <Text size="sm">
            <AnchorLink to={WebRoute.application} params={{ applicationId }}>
              Back to your application
            </AnchorLink>
          </Text>
        </Stack>
      </Alert>
    );
  }
  if (thankYou.code !== 'SEND_THANK_YOU') {
    return (
      <Stack gap="sm">
        <Text>{thankYou.message}</Text>
        <Group>
          <ButtonLink to={WebRoute.application} params={{ applicationId }} variant="light">
            Back to your application
          </ButtonLink>
        </Group>
      </Stack>
    );
  }

  const recipient = thankYou.interviewerName ?? 'your interviewer';
  const alreadyThanked = refusal instanceof ApiError && refusal.code === 'ALREADY_THANKED';
  return (
    <Stack gap="md">
      <Text>{thankYou.message}</Text>
      {thankYou.dueAt && (
        <Text fw={600} id="thank-you-ideal-by">
          {idealByText(thankYou.dueAt, thankYou.withinHours, zone)}
        </Text>
      )}
      <form onSubmit={submit} noValidate aria-label={`Thank-you note to ${recipient}`}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            Your note to {recipient}
          </Title>
          <Textarea
            label="Thank-you note"
            description={`We started it for you; make it sound like you. It is for ${recipient}; your branch, ${guidance.branch.name}, sees it too. ${length} characters (at least ${CANDIDATE_MESSAGE.minChars}).`}
            // The whole letter in view, so it can be read through before sending (it is about 700 characters).
            autosize
            minRows={12}
            maxLength={CANDIDATE_MESSAGE.maxChars}
            error={form.formState.errors.body?.message}
            {...form.register('body')}
          />
          {refusal !== null && <RefusalNote error={refusal} timeZone={zone} />}
          <Group>
            {alreadyThanked ? (
              <ButtonLink to={WebRoute.application} params={{ applicationId }}>
                Back to your application
              </ButtonLink>
            ) : (
              <Button type="submit" loading={send.isPending}>
                Send thank-you note
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

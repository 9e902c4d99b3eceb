import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { CANDIDATE_MESSAGE } from '@nextstep/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/form-errors';
import { applicationKeys, sendFollowUp, type SentMessage } from '../api/applications';
import { RefusalNote } from './refusal-note';

const schema = z.object({
  body: z
    .string()
    .trim()
    .min(CANDIDATE_MESSAGE.minChars, `Write at least ${CANDIDATE_MESSAGE.minChars} characters.`)
    .max(CANDIDATE_MESSAGE.maxChars, `Keep it under ${CANDIDATE_MESSAGE.maxChars} characters.`),
});
type Values = z.infer<typeof schema>;

export interface MessageFormProps {
  applicationId: string;
  branchName: string;
  timeZone: string;
  /** Told where the message went; the caller shows it, since the form goes once the guidance changes. */
  onSent: (message: SentMessage) => void;
}

/** A message to the branch, for when the guidance says getting in touch is right. */
export function MessageForm({ applicationId, branchName, timeZone, onSent }: MessageFormProps) {
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<unknown>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { body: '' } });
  const mutation = useMutation({
    mutationFn: (values: Values) => sendFollowUp(applicationId, 'message', values.body),
    onSuccess: (message) => {
      form.reset({ body: '' });
      onSent(message);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKeys.detail(applicationId) }),
  });

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await mutation.mutateAsync(values);
    } catch (error) {
      const leftOver = applyServerErrors(error, form.setError, { fields: ['body'] });
      if (leftOver !== null) setFormError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={`Message to ${branchName}`}>
      <Stack gap="sm">
        <Textarea
          label={`Your message to ${branchName}`}
          description="Ask politely whether there is any news and what happens next. Your branch's recruiters get it by e-mail."
          rows={4}
          resize="vertical"
          maxLength={CANDIDATE_MESSAGE.maxChars}
          error={form.formState.errors.body?.message}
          {...form.register('body')}
        />
        {formError !== null && <RefusalNote error={formError} timeZone={timeZone} />}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            Send message
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

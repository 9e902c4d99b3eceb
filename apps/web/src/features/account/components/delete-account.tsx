import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, List, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { ErrorCode } from '@nextstep/contracts';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/form-errors';
import { eraseAccount } from '../api/account';

const schema = z.object({
  password: z.string().min(1, 'Enter your password to confirm.'),
  understood: z.boolean().refine((value) => value, 'Tick the box to confirm you understand this cannot be undone.'),
});
type Values = z.infer<typeof schema>;

export interface DeleteAccountProps {
  /** After the server erased the account: end the session in the browser too. */
  onDeleted: () => void | Promise<void>;
}

/** What erasure removes and what it keeps, said plainly (as apps/api/src/me erasure does it), then the confirmation. */
export function DeleteAccount({ onDeleted }: DeleteAccountProps) {
  const keptId = useId();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '', understood: false } });
  const erase = useMutation({ mutationFn: (password: string) => eraseAccount(password) });
  const submit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await erase.mutateAsync(password);
      await onDeleted();
    } catch (error) {
      setFormError(
        applyServerErrors(error, form.setError, { fields: ['password'], codeFields: { [ErrorCode.INVALID_CREDENTIALS]: 'password' } }),
      );
    }
  });
  const { errors } = form.formState;

  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Title order={3} size="h4">
          What is removed
        </Title>
        <List spacing={4} size="sm">
          <List.Item>Your name, e-mail address, phone number, city and password: nobody can sign in to the account again.</List.Item>
          <List.Item>Your profile and your resume (the file and its text), and your job alerts.</List.Item>
          <List.Item>The cover letters and resume text you sent with applications.</List.Item>
          <List.Item>Your messages and thank-you notes, and the notes written on your application history.</List.Item>
          <List.Item>Every sign-in on every device. E-mails still waiting to go to you are cancelled.</List.Item>
        </List>
      </Stack>
      <Stack gap={6} id={keptId}>
        <Title order={3} size="h4">
          What is kept, anonymously
        </Title>
        <Text size="sm">
          Each application stays as a record without anything about you: which job it was for, its stages and their dates, and the interview
          appointments. It is tied to an anonymous account id, so the agency's numbers still add up, but nobody can tell it was you.
        </Text>
      </Stack>
      <form onSubmit={submit} noValidate aria-label="Delete my account">
        <Stack gap="sm">
          <PasswordInput
            label="Your password"
            autoComplete="current-password"
            required
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Checkbox
            label="I understand that my account is deleted for good and cannot be restored."
            error={errors.understood?.message}
            aria-describedby={keptId}
            {...form.register('understood')}
          />
          {formError && (
            <Alert color="red" variant="light" role="alert" title="The account was not deleted">
              <Text size="sm">{formError}</Text>
            </Alert>
          )}
          <Group>
            <Button type="submit" color="red.8" loading={erase.isPending}>
              Delete my account
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/form-errors';
import { useForgotPassword } from '../api/recovery';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your e-mail address.').email('Enter an e-mail address like name@example.com.'),
});
type Values = z.infer<typeof schema>;

export function ForgotPasswordForm() {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '' } });
  const forgot = useForgotPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ email }) => {
    setFormError(null);
    try {
      await forgot.mutateAsync(email);
      setSentTo(email);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, { fields: ['email'] }));
    }
  });

  if (sentTo) {
    return (
      <Alert color="green" variant="light" role="status" title="Check your inbox">
        If {sentTo} has a Nextstep account, a link to choose a new password is on its way. It works once and only for a short
        while, so use it soon. Nothing arrived after a few minutes? Look in your spam folder, or ask again.
      </Alert>
    );
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Ask for a password reset link">
      <Stack>
        {formError && (
          <Alert color="red" variant="light" role="alert" title="No link sent">
            {formError}
          </Alert>
        )}
        <TextInput label="E-mail" type="email" autoComplete="email" required error={errors.email?.message} {...form.register('email')} />
        <Button type="submit" loading={isSubmitting}>
          E-mail me a reset link
        </Button>
      </Stack>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/form-errors';
import { useResetPassword } from '../api/recovery';

const schema = z
  .object({
    password: z.string().min(10, 'Use at least 10 characters.'),
    confirm: z.string().min(1, 'Type the new password again.'),
  })
  .refine((values) => values.password === values.confirm, { path: ['confirm'], message: 'The two passwords are not the same.' });
type Values = z.infer<typeof schema>;

export function ResetPasswordForm({ token, onReset }: { token: string; onReset: () => void }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '', confirm: '' } });
  const reset = useResetPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await reset.mutateAsync({ token, password });
      onReset();
    } catch (error) {
      // A bad or used link is about the token, which is not a field the person can fix here.
      setFormError(applyServerErrors(error, form.setError, { fields: ['password'] }));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Choose a new password">
      <Stack>
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Password not changed">
            {formError}
          </Alert>
        )}
        <PasswordInput
          label="New password"
          description="At least 10 characters; a few unrelated words are easy to remember and hard to guess."
          autoComplete="new-password"
          required
          error={errors.password?.message}
          {...form.register('password')}
        />
        <PasswordInput label="New password again" autoComplete="new-password" required error={errors.confirm?.message} {...form.register('confirm')} />
        <Button type="submit" loading={isSubmitting}>
          Save the new password
        </Button>
      </Stack>
    </form>
  );
}

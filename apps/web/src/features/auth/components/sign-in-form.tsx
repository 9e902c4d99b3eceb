import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/form-errors';
import type { SessionUser } from '../../../lib/session';
import { useSignIn } from '../api/auth';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your e-mail address.').email('Enter an e-mail address like name@example.com.'),
  password: z.string().min(1, 'Enter your password.'),
});
type Values = z.infer<typeof schema>;

export function SignInForm({ onSignedIn }: { onSignedIn: (user: SessionUser) => void }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });
  const signIn = useSignIn();
  const [formError, setFormError] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const auth = await signIn.mutateAsync(values);
      onSignedIn(auth.user);
    } catch (error) {
      setFormError(applyServerErrors(error, form.setError, { fields: ['email', 'password'] }));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Sign in">
      <Stack>
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Not signed in">
            {formError}
          </Alert>
        )}
        <TextInput label="E-mail" type="email" autoComplete="email" required error={errors.email?.message} {...form.register('email')} />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" loading={isSubmitting}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { ErrorCode } from '@nextstep/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyServerErrors } from '../../../lib/form-errors';
import type { SessionUser } from '../../../lib/session';
import { useRegister } from '../api/auth';

export const MIN_PASSWORD_LENGTH = 10;

const schema = z.object({
  firstName: z.string().trim().min(1, 'Enter your first name.').max(100),
  lastName: z.string().trim().min(1, 'Enter your last name.').max(100),
  email: z.string().trim().min(1, 'Enter your e-mail address.').email('Enter an e-mail address like name@example.com.'),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[0-9 ().-]{7,25})?$/, 'Enter a phone number with digits, spaces and + ( ) - . only.'),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(1024),
});
type Values = z.infer<typeof schema>;

function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

export function RegisterForm({ onRegistered }: { onRegistered: (user: SessionUser) => void }) {
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { firstName: '', lastName: '', email: '', phone: '', password: '' },
  });
  const register = useRegister();
  const [formError, setFormError] = useState<string | null>(null);
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async ({ phone, ...values }) => {
    setFormError(null);
    const timeZone = browserTimeZone();
    try {
      const auth = await register.mutateAsync({ ...values, ...(phone ? { phone } : {}), ...(timeZone ? { timeZone } : {}) });
      onRegistered(auth.user);
    } catch (error) {
      setFormError(
        applyServerErrors(error, form.setError, {
          fields: ['firstName', 'lastName', 'email', 'phone', 'password'],
          codeFields: { [ErrorCode.EMAIL_TAKEN]: 'email', [ErrorCode.WEAK_PASSWORD]: 'password' },
        }),
      );
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Create your account">
      <Stack>
        {formError && (
          <Alert color="red" variant="light" role="alert" title="Account not created">
            {formError}
          </Alert>
        )}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label="First name"
            autoComplete="given-name"
            required
            error={errors.firstName?.message}
            {...form.register('firstName')}
            miw={160}
          />
          <TextInput
            label="Last name"
            autoComplete="family-name"
            required
            error={errors.lastName?.message}
            {...form.register('lastName')}
            miw={160}
          />
        </Group>
        <TextInput label="E-mail" type="email" autoComplete="email" required error={errors.email?.message} {...form.register('email')} />
        <TextInput
          label="Phone (optional)"
          type="tel"
          autoComplete="tel"
          description="So your branch can call you about an interview."
          error={errors.phone?.message}
          {...form.register('phone')}
        />
        <PasswordInput
          label="Password"
          autoComplete="new-password"
          required
          description={`At least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words make a strong one.`}
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" loading={isSubmitting}>
          Create account
        </Button>
      </Stack>
    </form>
  );
}

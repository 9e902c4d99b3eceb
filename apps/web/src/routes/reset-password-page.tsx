import { Alert, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { AnchorLink } from '../components/links';
import { ForgotPasswordForm } from '../features/auth/components/forgot-password-form';
import { ResetPasswordForm } from '../features/auth/components/reset-password-form';
import { useDocumentTitle } from '../hooks/use-document-title';

const route = getRouteApi(WebRoute.resetPassword);

/** With the e-mail's token: choose a new password. Without one: ask for the link. */
export function ResetPasswordPage() {
  const { token } = route.useSearch();
  const [done, setDone] = useState(false);
  const heading = token ? 'Choose a new password' : 'Forgot your password?';
  useDocumentTitle(heading);
  return (
    <Container size={460} py="xl">
      <Stack>
        <Title order={1} tabIndex={-1}>
          {heading}
        </Title>
        {done ? (
          <Alert color="green" variant="light" role="status" title="Password changed">
            Your new password is saved, and every place you were signed in has been signed out. <AnchorLink to={WebRoute.signIn}>Sign in</AnchorLink>{' '}
            with the new password.
          </Alert>
        ) : (
          <>
            {!token && <Text>Give the address you signed up with, and we will e-mail you a link to choose a new password.</Text>}
            <Paper withBorder p="lg" radius="md">
              {token ? <ResetPasswordForm token={token} onReset={() => setDone(true)} /> : <ForgotPasswordForm />}
            </Paper>
            <Text size="sm">
              Remembered it? <AnchorLink to={WebRoute.signIn}>Sign in</AnchorLink>
            </Text>
          </>
        )}
      </Stack>
    </Container>
  );
}

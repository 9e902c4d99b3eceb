import { Alert, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { AnchorLink } from '../components/links';
import { SignInForm } from '../features/auth/components/sign-in-form';
import { useDocumentTitle } from '../hooks/use-document-title';
import { safeRedirect } from '../lib/safe-redirect';
import type { SessionUser } from '../lib/session';

const route = getRouteApi(WebRoute.signIn);

/** Where staff land when no page was asked for. */
function homeOf(user: SessionUser): string {
  return user.role === 'candidate' ? WebRoute.applications : WebRoute.recruiter;
}

export function SignInPage() {
  const { redirect, expired } = route.useSearch();
  const navigate = useNavigate();
  useDocumentTitle('Sign in');
  return (
    <Container size={460} py="xl">
      <Stack>
        <Title order={1} tabIndex={-1}>
          Sign in
        </Title>
        {expired && (
          <Alert color="blue" variant="light" role="status">
            Your session has ended. Sign in again to carry on where you were.
          </Alert>
        )}
        <Paper withBorder p="lg" radius="md">
          <SignInForm onSignedIn={(user) => void navigate({ href: safeRedirect(redirect, homeOf(user)), replace: true })} />
        </Paper>
        <Text size="sm">
          <AnchorLink to={WebRoute.resetPassword}>Forgot your password?</AnchorLink>
        </Text>
        <Text size="sm">
          New to Nextstep?{' '}
          <AnchorLink to={WebRoute.register} search={redirect ? { redirect } : {}}>
            Create a candidate account
          </AnchorLink>
        </Text>
      </Stack>
    </Container>
  );
}

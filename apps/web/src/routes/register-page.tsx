import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { AnchorLink } from '../components/links';
import { RegisterForm } from '../features/auth/components/register-form';
import { useDocumentTitle } from '../hooks/use-document-title';
import { safeRedirect } from '../lib/safe-redirect';

const route = getRouteApi(WebRoute.register);

export function RegisterPage() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  useDocumentTitle('Create your account');
  return (
    <Container size={560} py="xl">
      <Stack>
        <Title order={1} tabIndex={-1}>
          Create your account
        </Title>
        <Text>With an account you can apply, follow your applications and get reminders at the right moments.</Text>
        <Paper withBorder p="lg" radius="md">
          <RegisterForm onRegistered={() => void navigate({ href: safeRedirect(redirect, WebRoute.profile), replace: true })} />
        </Paper>
        <Text size="sm">
          Already registered?{' '}
          <AnchorLink to={WebRoute.signIn} search={redirect ? { redirect } : {}}>
            Sign in
          </AnchorLink>
        </Text>
      </Stack>
    </Container>
  );
}

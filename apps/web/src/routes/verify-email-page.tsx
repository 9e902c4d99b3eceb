import { Alert, Container, Loader, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect } from 'react';
import { AnchorLink } from '../components/links';
import { useVerifyEmail } from '../features/auth/api/recovery';
import { useDocumentTitle } from '../hooks/use-document-title';
import { describeError } from '../lib/api-error';

const route = getRouteApi(WebRoute.verifyEmail);

/** The link in the verification e-mail lands here and confirms the address at once. */
export function VerifyEmailPage() {
  const { token } = route.useSearch();
  const verify = useVerifyEmail();
  useDocumentTitle('Confirm your e-mail address');
  const { mutate } = verify;
  useEffect(() => {
    if (token) mutate(token);
  }, [token, mutate]);

  return (
    <Container size={460} py="xl">
      <Stack>
        <Title order={1} tabIndex={-1}>
          Confirm your e-mail address
        </Title>
        {!token ? (
          <Alert color="red" variant="light" role="alert" title="This link is incomplete">
            Open the link from the e-mail again, or copy the whole address from it into the browser.
          </Alert>
        ) : verify.isSuccess ? (
          <Alert color="green" variant="light" role="status" title="Address confirmed">
            Thank you: your e-mail address is confirmed. <AnchorLink to={WebRoute.applications}>Go to your applications</AnchorLink>
          </Alert>
        ) : verify.isError ? (
          <Alert color="red" variant="light" role="alert" title="Not confirmed">
            {describeError(verify.error)} You can ask for a new link from your profile once you are signed in.
          </Alert>
        ) : (
          <Text>
            <Loader size="xs" mr="xs" aria-hidden /> Confirming your address…
          </Text>
        )}
      </Stack>
    </Container>
  );
}

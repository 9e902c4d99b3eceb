import { Alert, Card, Container, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AnchorLink } from '../components/links';
import { DeleteAccount } from '../features/account/components/delete-account';
import { ExportData } from '../features/account/components/export-data';
import { useDocumentTitle } from '../hooks/use-document-title';
import { session } from '../lib/session';

export function PrivacyPage() {
  const queryClient = useQueryClient();
  const [deleted, setDeleted] = useState(false);
  useDocumentTitle(deleted ? 'Account deleted' : 'Your data and privacy');

  if (deleted) {
    return (
      <Container size="sm" py="lg">
        <Stack gap="md">
          <Title order={1} tabIndex={-1}>
            Your account is deleted
          </Title>
          <Alert color="green" variant="light" role="status">
            <Text size="sm">Your personal data is removed and you are signed out on every device. Thank you for using Nextstep.</Text>
          </Alert>
          <Text>
            <AnchorLink to={WebRoute.search}>Go to the job search</AnchorLink>
          </Text>
        </Stack>
      </Container>
    );
  }
  return (
    <Container size="sm" py="lg">
      <Stack gap="lg">
        <Title order={1} tabIndex={-1}>
          Your data and privacy
        </Title>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="export-heading">
          <Stack gap="md">
            <Title order={2} size="h3" id="export-heading">
              Download your data
            </Title>
            <ExportData />
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="delete-heading">
          <Stack gap="md">
            <Title order={2} size="h3" id="delete-heading">
              Delete your account
            </Title>
            <DeleteAccount
              onDeleted={async () => {
                // The server already ended every session; forget this one here too.
                await session.signOut();
                queryClient.clear();
                setDeleted(true);
              }}
            />
          </Stack>
        </Card>
      </Stack>
    </Container>
  );
}

import { Container, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '../hooks/use-document-title';

export function BranchesPage() {
  useDocumentTitle('Find a branch');
  return (
    <Container size="lg" py="lg">
      <Stack>
        <Title order={1} tabIndex={-1}>
          Find a branch near you
        </Title>
      </Stack>
    </Container>
  );
}

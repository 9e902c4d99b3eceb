import { Container, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useDocumentTitle } from '../hooks/use-document-title';
import { AnchorLink } from './links';

/** The app's 404 page (the API answers unknown paths with it and status 404). */
export function NotFound({ title = 'Page not found', message }: { title?: string; message?: string }) {
  useDocumentTitle(title);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} tabIndex={-1}>
          {title}
        </Title>
        <Text>{message ?? 'There is no page at this address. It may have moved, or the link may be mistyped.'}</Text>
        <Text>
          <AnchorLink to={WebRoute.search}>Search jobs</AnchorLink> or{' '}
          <AnchorLink to={WebRoute.branches}>find a branch near you</AnchorLink>.
        </Text>
      </Stack>
    </Container>
  );
}

import { Container, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useLocation } from '@tanstack/react-router';
import { AnchorLink } from '../components/links';
import { useDocumentTitle } from '../hooks/use-document-title';

/**
 * For a path the product links to (e-mails included) whose page is not in
 * this release yet: it says so plainly instead of answering 404. The
 * recruiter console is part 2 of the web app.
 */
export function PendingPage() {
  const { pathname } = useLocation();
  const recruiter = pathname.startsWith('/recruiter');
  const title = recruiter ? 'Recruiter console' : 'This page is on its way';
  useDocumentTitle(title);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1} tabIndex={-1}>
          {title}
        </Title>
        {recruiter ? (
          <Text>
            The recruiter console is not in the web app yet. Until it is, recruiters work through the API (see the API documentation at{' '}
            <a href="/api/docs">/api/docs</a>).
          </Text>
        ) : (
          <Text>This part of Nextstep is not available in the browser yet. Your branch can help by phone in the meantime.</Text>
        )}
        <Text>
          <AnchorLink to={WebRoute.search}>Search jobs</AnchorLink> or <AnchorLink to={WebRoute.branches}>find your branch</AnchorLink>.
        </Text>
      </Stack>
    </Container>
  );
}

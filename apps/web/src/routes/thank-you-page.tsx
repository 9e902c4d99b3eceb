import { Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Problem } from '../components/errors/problem';
import { AnchorLink } from '../components/links';
import { NotFound } from '../components/not-found';
import { applicationQuery, guidanceQuery } from '../features/applications/api/applications';
import { ThankYouComposer } from '../features/applications/components/thank-you-composer';
import { useDocumentTitle } from '../hooks/use-document-title';
import { isApiError } from '../lib/api-error';

const route = getRouteApi(WebRoute.thankYou);

/** The thank-you reminder e-mail's "Review and send your note" lands here. */
export function ThankYouPage() {
  const { applicationId } = route.useParams();
  const detail = useQuery(applicationQuery(applicationId));
  // The draft is taken once: a refetch must not replace what the candidate is writing.
  const guidance = useQuery({ ...guidanceQuery(applicationId), refetchInterval: false, staleTime: Infinity });
  useDocumentTitle('Thank-you note');

  const failed = guidance.error ?? detail.error;
  if (failed && (isApiError(failed, ErrorCode.NOT_FOUND) || (isApiError(failed) && (failed.status === 404 || failed.status === 400)))) {
    return (
      <NotFound
        title="Application not found"
        message="There is no application of yours at this address. Sign in with the account you applied with."
      />
    );
  }
  return (
    <Container size="sm" py="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} tabIndex={-1}>
            Your thank-you note
          </Title>
          {detail.data && (
            <Text>
              For your {detail.data.job.title} interview ·{' '}
              <AnchorLink to={WebRoute.application} params={{ applicationId }}>
                Back to your application
              </AnchorLink>
            </Text>
          )}
        </Stack>
        {guidance.isPending && <Skeleton height={320} aria-label="Loading your draft note" />}
        {failed && !guidance.data && (
          <Problem error={failed} title="Your draft could not be loaded" onRetry={() => void guidance.refetch()} />
        )}
        {guidance.data && <ThankYouComposer applicationId={applicationId} guidance={guidance.data} />}
      </Stack>
    </Container>
  );
}

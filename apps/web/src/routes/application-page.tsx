import { Badge, Container, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { BranchCard } from '../components/branch-card';
import { Problem } from '../components/errors/problem';
import { AnchorLink } from '../components/links';
import { NotFound } from '../components/not-found';
import { applicationQuery, guidanceQuery } from '../features/applications/api/applications';
import { GuidancePanel } from '../features/applications/components/guidance-panel';
import { HistoryList } from '../features/applications/components/history-list';
import { InterviewList } from '../features/applications/components/interview-list';
import { MessageList } from '../features/applications/components/message-list';
import { StageTimeline } from '../features/applications/components/stage-timeline';
import { WithdrawApplication } from '../features/applications/components/withdraw-application';
import { isClosed, STAGE_LABELS } from '../features/applications/utils/stages';
import { describeZone, formatDay } from '../features/applications/utils/time';
import { useDocumentTitle } from '../hooks/use-document-title';
import { isApiError } from '../lib/api-error';

const route = getRouteApi(WebRoute.application);

/** The page the e-mails link to: where the application stands, and what the server advises doing now. */
export function ApplicationPage() {
  const { applicationId } = route.useParams();
  const detail = useQuery(applicationQuery(applicationId));
  const guidance = useQuery(guidanceQuery(applicationId));
  useDocumentTitle(
    detail.data ? `Your application: ${detail.data.job.title}` : detail.isError ? 'Application not found' : 'Your application',
  );

  if (detail.isPending) {
    return (
      <Container size="lg" py="lg">
        <Stack aria-busy="true">
          <Title order={1} tabIndex={-1}>
            Loading your application…
          </Title>
          <Skeleton height={24} width="50%" />
          <Skeleton height={240} />
        </Stack>
      </Container>
    );
  }
  if (detail.isError) {
    if (
      isApiError(detail.error, ErrorCode.NOT_FOUND) ||
      (isApiError(detail.error) && (detail.error.status === 404 || detail.error.status === 400))
    ) {
      return (
        <NotFound
          title="Application not found"
          message="There is no application of yours at this address. It may belong to another account: sign in with the account you applied with."
        />
      );
    }
    return (
      <Container size="lg" py="lg">
        <Stack>
          <Title order={1} tabIndex={-1}>
            Your application could not be loaded
          </Title>
          <Problem error={detail.error} onRetry={() => void detail.refetch()} />
        </Stack>
      </Container>
    );
  }

  const application = detail.data;
  const zone = application.candidateTimeZone;
  return (
    <Container size="lg" py="lg">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
            {application.job.title}
          </Title>
          <Group gap="xs" wrap="wrap">
            <Badge variant="outline" color="blue.9" size="lg">
              {STAGE_LABELS[application.status]}
            </Badge>
            <Text>
              {application.company.name} · {application.branch.name} · applied {formatDay(application.appliedAt, zone)}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            Times on this page are in your time zone, {describeZone(zone)}.{' '}
            <AnchorLink to={WebRoute.profile} underline="always">
              Change it in your profile
            </AnchorLink>
            .
          </Text>
        </Stack>
        <StageTimeline stage={application.status} history={application.history} />
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="xl">
              {guidance.isPending && <Skeleton height={200} aria-label="Loading the advice for this application" />}
              {guidance.isError && (
                <Problem
                  error={guidance.error}
                  title="The advice for this application could not be loaded"
                  onRetry={() => void guidance.refetch()}
                />
              )}
              {guidance.data && (
                <GuidancePanel applicationId={application.id} guidance={guidance.data} thankYouSentAt={application.thankYouSentAt} />
              )}
              <section aria-labelledby="interviews-heading">
                <Title order={2} id="interviews-heading" mb="sm">
                  Interviews
                </Title>
                <InterviewList interviews={application.interviews} timeZone={zone} jobTitle={application.job.title} />
              </section>
              <section aria-labelledby="messages-heading">
                <Title order={2} id="messages-heading" mb="sm">
                  Your messages
                </Title>
                <MessageList messages={application.messages} timeZone={zone} branchName={application.branch.name} />
              </section>
              <section aria-labelledby="history-heading">
                <Title order={2} id="history-heading" mb="sm">
                  History
                </Title>
                <HistoryList history={application.history} timeZone={zone} />
              </section>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="md">
              <section aria-labelledby="branch-heading">
                <Title order={2} size="h3" id="branch-heading" mb="sm">
                  Your branch
                </Title>
                <BranchCard branch={application.branchContact} />
              </section>
              <Text>
                <AnchorLink to={WebRoute.job} params={{ jobId: application.job.id }}>
                  Read the {application.job.title} job again
                </AnchorLink>
              </Text>
              <Text>
                <AnchorLink to={WebRoute.applications}>All your applications</AnchorLink>
              </Text>
              {!isClosed(application.status) && (
                <section aria-labelledby="withdraw-heading">
                  <Title order={2} size="h4" id="withdraw-heading" mb="xs">
                    Not interested any more?
                  </Title>
                  <WithdrawApplication applicationId={application.id} jobTitle={application.job.title} />
                </section>
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

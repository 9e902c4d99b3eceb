import { Badge, Card, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { Problem } from '../components/errors/problem';
import { AnchorLink, ButtonLink } from '../components/links';
import { profileQuery } from '../features/account/api/account';
import { myApplicationsQuery, type ApplicationSummary } from '../features/applications/api/applications';
import { isClosed, STAGE_LABELS } from '../features/applications/utils/stages';
import { describeZone, formatDay, formatWhen } from '../features/applications/utils/time';
import { useDocumentTitle } from '../hooks/use-document-title';

export function ApplicationsPage() {
  const applications = useQuery(myApplicationsQuery());
  const profile = useQuery(profileQuery());
  useDocumentTitle('My applications');
  // Until the profile answers, the browser's zone is the best guess, and the page says which one it uses.
  const zone = profile.data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <Container size="md" py="lg">
      <Stack gap="lg">
        <Title order={1} tabIndex={-1}>
          My applications
        </Title>
        {applications.isPending && (
          <Stack aria-busy="true" aria-label="Loading your applications">
            <Skeleton height={96} />
            <Skeleton height={96} />
          </Stack>
        )}
        {applications.isError && (
          <Problem error={applications.error} title="Your applications could not be loaded" onRetry={() => void applications.refetch()} />
        )}
        {applications.data?.length === 0 && (
          <Stack gap="sm">
            <Text>You have not applied to any jobs yet.</Text>
            <Group>
              <ButtonLink to={WebRoute.search}>Search jobs</ButtonLink>
            </Group>
          </Stack>
        )}
        {applications.data && applications.data.length > 0 && (
          <>
            <Text size="sm" c="dimmed">
              Dates are in your time zone, {describeZone(zone)}.
            </Text>
            <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {applications.data.map((application) => (
                <li key={application.id}>
                  <ApplicationCard application={application} zone={zone} />
                </li>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Container>
  );
}

function ApplicationCard({ application, zone }: { application: ApplicationSummary; zone: string }) {
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={`application-${application.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={`application-${application.id}`} style={{ overflowWrap: 'anywhere' }}>
            <AnchorLink to={WebRoute.application} params={{ applicationId: application.id }}>
              {application.job.title}
            </AnchorLink>
          </Title>
          <Badge variant="outline" color={isClosed(application.status) ? 'gray.8' : 'blue.9'}>
            {STAGE_LABELS[application.status]}
          </Badge>
        </Group>
        <Text size="sm">
          {application.company.name} · {application.branch.name}
        </Text>
        <Text size="sm" fw={500}>
          {nextDate(application, zone)}
        </Text>
      </Stack>
    </Card>
  );
}

/** The next date that matters for this application, in words. */
function nextDate(application: ApplicationSummary, zone: string, now = new Date()): string {
  if (application.nextInterviewAt) return `Interview: ${formatWhen(application.nextInterviewAt, zone)}`;
  if (!isClosed(application.status) && application.status !== 'offer' && application.followUpDueAt) {
    return new Date(application.followUpDueAt).getTime() > now.getTime()
      ? `Follow-up call from ${formatWhen(application.followUpDueAt, zone)}, if you have not heard by then`
      : `Follow-up due since ${formatDay(application.followUpDueAt, zone)}: open the application to see what to do now`;
  }
  return `Applied ${formatDay(application.appliedAt, zone)}`;
}

import { Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { Problem } from '../components/errors/problem';
import { AnchorLink } from '../components/links';
import { jobAlertsQuery } from '../features/job-alerts/api/job-alerts';
import { JobAlertList } from '../features/job-alerts/components/job-alert-list';
import { useDocumentTitle } from '../hooks/use-document-title';

/** The candidate's saved searches that e-mail new jobs. */
export function JobAlertsPage() {
  const alerts = useQuery(jobAlertsQuery());
  useDocumentTitle('Your job alerts');
  return (
    <Container size="sm" py="lg">
      <Stack gap="lg">
        <Title order={1} tabIndex={-1}>
          Your job alerts
        </Title>
        <Text>
          Each alert e-mails you the jobs that opened since its last e-mail, never the same job twice. Daily alerts come on weekday mornings at 8:00 in your
          time zone (<AnchorLink to={WebRoute.profile}>your profile</AnchorLink> sets it), weekly ones on Monday mornings.
        </Text>
        {alerts.isPending && <Skeleton height={200} aria-label="Loading your job alerts" />}
        {alerts.isError && <Problem error={alerts.error} title="Your job alerts could not be loaded" onRetry={() => void alerts.refetch()} />}
        {alerts.data && <JobAlertList alerts={alerts.data} />}
        <Text>
          <AnchorLink to={WebRoute.search}>Search jobs</AnchorLink> to save another search as an alert.
        </Text>
      </Stack>
    </Container>
  );
}

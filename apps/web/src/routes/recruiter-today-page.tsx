import { Container, Group, List, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { AnchorLink } from '../components/links';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useSessionUser } from '../lib/session';
import { branchJobsQuery, todayQuery } from '../features/recruiter/api/console';
import { BranchSwitcher } from '../features/recruiter/components/branch-switcher';
import { ConsoleState } from '../features/recruiter/components/console-page';
import { TodayOverview } from '../features/recruiter/components/today-overview';
import { describeZone, formatDate } from '../features/recruiter/utils/time';

const route = getRouteApi(WebRoute.recruiter);

/** The console's landing page: the branch's day. */
export function RecruiterTodayPage() {
  const { branchId } = route.useSearch();
  const navigate = useNavigate();
  const user = useSessionUser();
  const today = useQuery(todayQuery(branchId));
  const branch = today.data?.branch;
  const jobs = useQuery({ ...branchJobsQuery(branch?.id ?? ''), enabled: branch !== undefined });
  useDocumentTitle(branch ? `Today at ${branch.name}` : 'Today');

  return (
    <ConsoleState what="today's work" query={today}>
      {() => {
        const data = today.data;
        if (!data) return null;
        const zone = data.branch.timeZone;
        return (
          <Container size="xl" py="lg">
            <Stack gap="lg">
              <Group justify="space-between" align="flex-end" wrap="wrap">
                <Stack gap={4}>
                  <Title order={1} tabIndex={-1}>
                    Today at {data.branch.name}
                  </Title>
                  <Text size="sm">
                    {formatDate(data.now, zone)} · times in {describeZone(zone)}
                  </Text>
                  <Group gap="md" component="nav" aria-label="Console">
                    <AnchorLink to={WebRoute.recruiterApplications} search={{ owedNews: true }}>
                      Owed news
                    </AnchorLink>
                    <AnchorLink to={WebRoute.recruiterApplications}>All applications</AnchorLink>
                    <AnchorLink to={WebRoute.recruiterJobs}>Jobs</AnchorLink>
                    <AnchorLink to={WebRoute.recruiterCompanies}>Client companies</AnchorLink>
                    {user?.role === 'admin' && <AnchorLink to={WebRoute.recruiterAdmin}>Administration</AnchorLink>}
                  </Group>
                </Stack>
                {user?.role === 'admin' && (
                  <BranchSwitcher value={data.branch.id} onChange={(next) => void navigate({ to: WebRoute.recruiter, search: { branchId: next } })} />
                )}
              </Group>
              <TodayOverview today={data} />
              <section aria-labelledby="jobs-heading">
                <Title order={2} size="h3" id="jobs-heading" mb="sm">
                  Pipelines of open jobs
                </Title>
                {jobs.data && jobs.data.items.length === 0 && <Text c="dimmed">No open jobs at this branch.</Text>}
                {jobs.isError && <Text c="red.8">The jobs could not be loaded.</Text>}
                <List spacing={4}>
                  {jobs.data?.items.slice(0, 12).map((job) => (
                    <List.Item key={job.id}>
                      <AnchorLink to={WebRoute.recruiterJob} params={{ jobId: job.id }}>
                        {job.title}
                      </AnchorLink>{' '}
                      <Text span size="sm">
                        · {job.city}, {job.region} · posted {formatDate(job.postedAt, zone)}
                      </Text>
                    </List.Item>
                  ))}
                </List>
                {jobs.data && jobs.data.items.length > 12 && (
                  <Text size="sm" mt="xs">
                    <AnchorLink to={WebRoute.recruiterJobs}>All jobs of the branch</AnchorLink>
                  </Text>
                )}
              </section>
            </Stack>
          </Container>
        );
      }}
    </ConsoleState>
  );
}

import { Container, Group, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../components/links';
import { useDocumentTitle } from '../hooks/use-document-title';
import { jobQuery, staffApplicationsQuery } from '../features/recruiter/api/console';
import { ConsoleState } from '../features/recruiter/components/console-page';
import { PipelineBoard } from '../features/recruiter/components/pipeline-board';

const route = getRouteApi(WebRoute.recruiterJob);

/** The pipeline board of one job. */
export function RecruiterJobPage() {
  const { jobId } = route.useParams();
  const job = useQuery(jobQuery(jobId));
  const applications = useQuery(staffApplicationsQuery({ jobId }));
  useDocumentTitle(job.data ? `Pipeline: ${job.data.title}` : 'Pipeline');
  const state = {
    isPending: job.isPending || applications.isPending,
    isError: job.isError || applications.isError,
    error: job.error ?? applications.error,
    refetch: () => Promise.all([job.refetch(), applications.refetch()]),
  };
  return (
    <ConsoleState what="the pipeline" query={state} notFound={{ title: 'Job not found', message: 'There is no open job at this address. It may be a draft or belong to another branch.' }}>
      {() => {
        if (!job.data || !applications.data) return null;
        return (
          <Container size="100%" px="lg" py="lg">
            <Stack gap="md">
              <Stack gap={4}>
                <Text size="sm">
                  <AnchorLink to={WebRoute.recruiter}>Today</AnchorLink>
                </Text>
                <Title order={1} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
                  Pipeline: {job.data.title}
                </Title>
                <Group gap="xs">
                  <Text size="sm">
                    {job.data.company.name} · {job.data.city}, {job.data.region} · {applications.data.length === 1 ? '1 application' : `${applications.data.length} applications`} ·{' '}
                    <AnchorLink to={WebRoute.job} params={{ jobId }}>
                      public job page
                    </AnchorLink>
                  </Text>
                </Group>
                <Text size="sm">Move a card with its buttons, or drag it to another column. Only the moves the pipeline allows are offered.</Text>
              </Stack>
              <PipelineBoard applications={applications.data} onReload={() => void applications.refetch()} />
            </Stack>
          </Container>
        );
      }}
    </ConsoleState>
  );
}

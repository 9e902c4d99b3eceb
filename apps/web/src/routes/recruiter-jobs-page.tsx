import { Badge, Container, Group, Stack, Table, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { Problem } from '../components/errors/problem';
import { AnchorLink, ButtonLink } from '../components/links';
import { useDocumentTitle } from '../hooks/use-document-title';
import { staffJobsQuery } from '../features/catalog/api/catalog';

const STATUS: Record<string, string> = { draft: 'Draft', open: 'Open', closed: 'Closed', filled: 'Filled' };

/** The branch's jobs in every status, drafts included, with their editors and pipelines. */
export function RecruiterJobsPage() {
  const jobs = useQuery(staffJobsQuery());
  useDocumentTitle('Jobs');
  return (
    <Container size="xl" py="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Stack gap={4}>
            <Text size="sm">
              <AnchorLink to={WebRoute.recruiter}>Today</AnchorLink> · <AnchorLink to={WebRoute.recruiterCompanies}>Client companies</AnchorLink>
            </Text>
            <Title order={1} tabIndex={-1}>
              Jobs
            </Title>
          </Stack>
          <ButtonLink to={WebRoute.recruiterJobNew}>Post a job</ButtonLink>
        </Group>
        {jobs.isPending && <Text aria-busy="true">Loading the jobs…</Text>}
        {jobs.isError && <Problem error={jobs.error} title="The jobs could not be loaded" onRetry={() => void jobs.refetch()} />}
        {jobs.data && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs">
              <Table.Caption>{jobs.data.length === 1 ? '1 job' : `${jobs.data.length} jobs`}, last changed first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Title</Table.Th>
                  <Table.Th scope="col">Place</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Pipeline</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.data.map((job) => (
                  <Table.Tr key={job.id}>
                    <Table.Td>
                      <AnchorLink to={WebRoute.recruiterJobEdit} params={{ jobId: job.id }}>
                        {job.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>
                      {job.city}, {job.region}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color={job.status === 'open' ? 'teal.9' : 'gray.7'}>
                        {STATUS[job.status]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {job.status === 'draft' ? (
                        '—'
                      ) : (
                        <AnchorLink to={WebRoute.recruiterJob} params={{ jobId: job.id }} aria-label={`Pipeline of ${job.title}`}>
                          Pipeline
                        </AnchorLink>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Container>
  );
}

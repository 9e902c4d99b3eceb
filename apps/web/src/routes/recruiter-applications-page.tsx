import { Badge, Container, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { AnchorLink } from '../components/links';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useSessionUser } from '../lib/session';
import { staffApplicationsQuery, todayQuery } from '../features/recruiter/api/console';
import { BranchSwitcher } from '../features/recruiter/components/branch-switcher';
import { ConsoleState } from '../features/recruiter/components/console-page';
import { OwedNewsList } from '../features/recruiter/components/owed-news-list';
import { describeZone, formatDate } from '../features/recruiter/utils/time';
import { STAFF_STAGE_LABELS } from '../features/recruiter/utils/transitions';

const route = getRouteApi(WebRoute.recruiterApplications);

/** The branch's applications; with owedNews=true (the digest e-mail's link) the candidates waiting for news. */
export function RecruiterApplicationsPage() {
  const { owedNews, branchId } = route.useSearch();
  const navigate = useNavigate();
  const user = useSessionUser();
  // The branch (its zone) comes from Today, which the console has usually loaded already.
  const today = useQuery(todayQuery(branchId));
  const branch = today.data?.branch;
  const list = useQuery({ ...staffApplicationsQuery({ owedNews: owedNews ?? false, ...(branch ? { branchId: branch.id } : {}) }), enabled: branch !== undefined });
  useDocumentTitle(owedNews ? 'Owed news' : 'Applications');
  const state = {
    isPending: today.isPending || list.isPending,
    isError: today.isError || list.isError,
    error: today.error ?? list.error,
    refetch: () => Promise.all([today.refetch(), list.refetch()]),
  };

  return (
    <ConsoleState what={owedNews ? 'the owed news' : 'the applications'} query={state}>
      {() => {
        if (!branch || !list.data) return null;
        const zone = branch.timeZone;
        return (
          <Container size="xl" py="lg">
            <Stack gap="lg">
              <Group justify="space-between" align="flex-end" wrap="wrap">
                <Stack gap={4}>
                  <Title order={1} tabIndex={-1}>
                    {owedNews ? `Owed news at ${branch.name}` : `Applications at ${branch.name}`}
                  </Title>
                  <Text size="sm">
                    {owedNews
                      ? 'Interviewed candidates whose follow-up date is within 4 days or past, with no news since: call them, then record the contact.'
                      : 'Every application at the branch, newest first.'}{' '}
                    Dates in {describeZone(zone)}.
                  </Text>
                </Stack>
                <Group gap="sm" align="flex-end">
                  <SegmentedControl
                    aria-label="Which applications"
                    value={owedNews ? 'owed' : 'all'}
                    onChange={(value) => void navigate({ to: WebRoute.recruiterApplications, search: { ...(value === 'owed' ? { owedNews: true } : {}), ...(branchId ? { branchId } : {}) } })}
                    data={[
                      { value: 'owed', label: 'Owed news' },
                      { value: 'all', label: 'All' },
                    ]}
                  />
                  {user?.role === 'admin' && (
                    <BranchSwitcher value={branch.id} onChange={(next) => void navigate({ to: WebRoute.recruiterApplications, search: { ...(owedNews ? { owedNews: true } : {}), branchId: next } })} />
                  )}
                </Group>
              </Group>
              {owedNews ? (
                <OwedNewsList items={list.data} timeZone={zone} caption={`${list.data.length === 1 ? '1 candidate' : `${list.data.length} candidates`} owed news, most urgent first`} />
              ) : (
                <Table.ScrollContainer minWidth={640}>
                  <Table striped verticalSpacing="xs">
                    <Table.Caption>{list.data.length === 1 ? '1 application' : `${list.data.length} applications`}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">Candidate</Table.Th>
                        <Table.Th scope="col">Job</Table.Th>
                        <Table.Th scope="col">Stage</Table.Th>
                        <Table.Th scope="col">Applied</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {list.data.map((a) => (
                        <Table.Tr key={a.id}>
                          <Table.Td>
                            <AnchorLink to={WebRoute.recruiterApplication} params={{ applicationId: a.id }}>
                              {a.candidate ? `${a.candidate.firstName} ${a.candidate.lastName}` : 'Candidate'}
                            </AnchorLink>
                          </Table.Td>
                          <Table.Td>
                            <AnchorLink to={WebRoute.recruiterJob} params={{ jobId: a.job.id }}>
                              {a.job.title}
                            </AnchorLink>
                          </Table.Td>
                          <Table.Td>
                            <Badge variant="outline" color="blue.9">
                              {STAFF_STAGE_LABELS[a.status]}
                            </Badge>
                          </Table.Td>
                          <Table.Td>{formatDate(a.appliedAt, zone)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Stack>
          </Container>
        );
      }}
    </ConsoleState>
  );
}

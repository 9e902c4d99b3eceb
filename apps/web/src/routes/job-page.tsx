import { Badge, Card, Container, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, WebRoute } from '@nextstep/contracts';
import { getRouteApi } from '@tanstack/react-router';
import { BranchCard } from '../components/branch-card';
import { Problem } from '../components/errors/problem';
import { ButtonLink } from '../components/links';
import { NotFound } from '../components/not-found';
import { useJob } from '../features/jobs/api/get-job';
import { CompanyProfile } from '../features/jobs/components/company-profile';
import { JobDescription, scheduleOf } from '../features/jobs/components/job-description';
import { ResumeFitPanel } from '../features/jobs/components/resume-fit-panel';
import { useDocumentTitle } from '../hooks/use-document-title';
import { isApiError } from '../lib/api-error';
import { EMPLOYMENT_TYPE_INFO } from '../lib/employment-types';
import { formatDate, formatPay, formatPostedAt } from '../lib/format';
import { useSessionUser } from '../lib/session';

const route = getRouteApi(WebRoute.job);

export function JobPage() {
  const { jobId } = route.useParams();
  const job = useJob(jobId);
  const user = useSessionUser();
  useDocumentTitle(job.data ? `${job.data.title} in ${job.data.city}, ${job.data.region}` : job.isError ? 'Job not found' : 'Job');

  if (job.isPending) {
    return (
      <Container size="lg" py="lg">
        <Stack aria-busy="true">
          <Title order={1} tabIndex={-1}>
            Loading the job…
          </Title>
          <Skeleton height={28} width="60%" />
          <Skeleton height={200} />
        </Stack>
      </Container>
    );
  }
  if (job.isError) {
    if (isApiError(job.error, ErrorCode.NOT_FOUND) || (isApiError(job.error) && job.error.status === 400)) {
      return <NotFound title="Job not found" message="This job is not listed (any more). It may have been filled or withdrawn." />;
    }
    return (
      <Container size="lg" py="lg">
        <Stack>
          <Title order={1} tabIndex={-1}>
            The job could not be loaded
          </Title>
          <Problem error={job.error} onRetry={() => void job.refetch()} />
        </Stack>
      </Container>
    );
  }

  const data = job.data;
  const type = EMPLOYMENT_TYPE_INFO[data.employmentType];
  const schedule = scheduleOf(data.description);
  const apply = data.acceptingApplications ? (
    <ButtonLink to={WebRoute.apply} params={{ jobId: data.id }} size="md" fullWidth className="wrapping-button">
      Apply for {data.title}
    </ButtonLink>
  ) : (
    <Text fw={600} role="status">
      This job no longer takes applications.
    </Text>
  );

  return (
    <Container size="lg" py="lg">
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
            {data.title}
          </Title>
          <Text size="lg">
            {data.company.name} · {data.city}, {data.region} {data.postalCode}
          </Text>
        </Stack>
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
            <Stack gap="md" className="sticky-aside">
              <Card withBorder padding="lg" radius="md" component="section" aria-label="Key facts">
                <Stack gap="xs">
                  <Text fw={700} size="lg">
                    {formatPay(data.pay)}
                  </Text>
                  <Group gap="xs">
                    <Badge variant="outline" color="blue.9" radius="sm">
                      {type.label}
                    </Badge>
                  </Group>
                  <Text size="sm">{type.explanation}</Text>
                  {schedule && (
                    <Text size="sm">
                      <strong>Schedule:</strong> {schedule}
                    </Text>
                  )}
                  {data.postedAt && <Text size="sm">Posted {formatPostedAt(data.postedAt)}</Text>}
                  {data.closesAt && <Text size="sm">Applications accepted through {formatDate(data.closesAt, data.branch.timeZone)}</Text>}
                  {apply}
                </Stack>
              </Card>
              {user?.role === 'candidate' && data.skills.length > 0 && <ResumeFitPanel jobId={data.id} />}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
            <Stack gap="lg">
              <section aria-labelledby="description-heading">
                <Title order={2} size="h3" id="description-heading" mb="sm">
                  The job
                </Title>
                <JobDescription description={data.description} />
                {data.skills.length > 0 && (
                  <Text mt="sm" size="sm">
                    <strong>Skills:</strong> {data.skills.join(', ')}
                  </Text>
                )}
              </section>
              <CompanyProfile company={data.company} />
              <section aria-labelledby="branch-heading">
                <Title order={2} size="h3" id="branch-heading" mb="sm">
                  Your branch for this job
                </Title>
                <BranchCard branch={data.branch} />
              </section>
              {data.acceptingApplications && <div>{apply}</div>}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

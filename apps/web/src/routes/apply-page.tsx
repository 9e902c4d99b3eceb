import { Card, Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Problem } from '../components/errors/problem';
import { AnchorLink } from '../components/links';
import { NotFound } from '../components/not-found';
import { profileQuery } from '../features/account/api/account';
import { ResumeUpload } from '../features/account/components/resume-upload';
import { myApplicationsQuery } from '../features/applications/api/applications';
import { ApplyForm } from '../features/applications/components/apply-form';
import { useJob } from '../features/jobs/api/get-job';
import { useDocumentTitle } from '../hooks/use-document-title';
import { isApiError } from '../lib/api-error';

const route = getRouteApi(WebRoute.apply);

export function ApplyPage() {
  const { jobId } = route.useParams();
  const navigate = useNavigate();
  const job = useJob(jobId);
  const profile = useQuery(profileQuery());
  const mine = useQuery(myApplicationsQuery());
  useDocumentTitle(job.data ? `Apply for ${job.data.title}` : 'Apply');

  if (job.isError && (isApiError(job.error, ErrorCode.NOT_FOUND) || (isApiError(job.error) && job.error.status === 400))) {
    return <NotFound title="Job not found" message="This job is not listed (any more), so it cannot take applications." />;
  }
  const failed = job.error ?? profile.error;
  if (failed) {
    return (
      <Container size="sm" py="lg">
        <Stack>
          <Title order={1} tabIndex={-1}>
            The application form could not be loaded
          </Title>
          <Problem error={failed} onRetry={() => void Promise.all([job.refetch(), profile.refetch()])} />
        </Stack>
      </Container>
    );
  }
  const data = job.data;
  const me = profile.data;
  if (!data || !me) {
    return (
      <Container size="sm" py="lg">
        <Stack aria-busy="true">
          <Title order={1} tabIndex={-1}>
            Loading the application form…
          </Title>
          <Skeleton height={240} />
        </Stack>
      </Container>
    );
  }

  const existing = mine.data?.find((application) => application.job.id === jobId);
  const hasResume = me.resumeFile !== null || me.resumeText !== null;
  return (
    <Container size="sm" py="lg">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
            Apply for {data.title}
          </Title>
          <Text>
            {data.company.name} · {data.city}, {data.region} ·{' '}
            <AnchorLink to={WebRoute.job} params={{ jobId }}>
              Back to the job
            </AnchorLink>
          </Text>
        </Stack>
        {existing ? (
          <Text role="status">
            You applied for this job already.{' '}
            <AnchorLink to={WebRoute.application} params={{ applicationId: existing.id }}>
              Open your application
            </AnchorLink>
          </Text>
        ) : !data.acceptingApplications ? (
          <Text role="status">
            This job no longer takes applications. <AnchorLink to={WebRoute.search}>Search for other jobs</AnchorLink>
          </Text>
        ) : (
          <ApplyForm
            jobId={jobId}
            jobTitle={data.title}
            hasResume={hasResume}
            resumeSection={
              <Card withBorder radius="md" padding="md" component="section" aria-labelledby="resume-heading">
                <Stack gap="sm">
                  <Title order={2} size="h4" id="resume-heading">
                    Resume
                  </Title>
                  {hasResume ? (
                    <Text size="sm">The resume on your profile goes with this application. To send a newer one, upload it here first.</Text>
                  ) : (
                    <Text size="sm">
                      Your profile has no resume yet. Upload it here; it is saved to your profile for later applications too.
                    </Text>
                  )}
                  <ResumeUpload profile={me} timeZone={me.timeZone} />
                </Stack>
              </Card>
            }
            onApplied={(application) => void navigate({ to: WebRoute.application, params: { applicationId: application.id } })}
          />
        )}
      </Stack>
    </Container>
  );
}

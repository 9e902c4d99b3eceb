import { Container, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { Problem } from '../components/errors/problem';
import { AnchorLink } from '../components/links';
import { NotFound } from '../components/not-found';
import { useDocumentTitle } from '../hooks/use-document-title';
import { isApiError } from '../lib/api-error';
import { useSessionUser } from '../lib/session';
import { catalogBranchesQuery, staffCompaniesQuery, staffJobQuery } from '../features/catalog/api/catalog';
import { JobEditor } from '../features/catalog/components/job-editor';

/** Post a job (/recruiter/jobs/new) or edit one (/recruiter/jobs/:id/edit). */
export function RecruiterJobEditorPage() {
  const params = useParams({ strict: false });
  const jobId = 'jobId' in params && typeof params.jobId === 'string' ? params.jobId : null;
  const navigate = useNavigate();
  const user = useSessionUser();
  const job = useQuery({ ...staffJobQuery(jobId ?? ''), enabled: jobId !== null });
  const companies = useQuery(staffCompaniesQuery());
  const branches = useQuery(catalogBranchesQuery());
  const title = jobId ? (job.data ? `Edit: ${job.data.title}` : 'Edit job') : 'Post a job';
  useDocumentTitle(title);

  if (jobId && job.isError && isApiError(job.error) && (job.error.status === 404 || job.error.status === 400)) {
    return <NotFound title="Job not found" message="There is no job at this address for your branch." />;
  }
  const failed = (jobId && job.isError ? job.error : null) ?? (companies.isError ? companies.error : null) ?? (branches.isError ? branches.error : null);
  const ready = (!jobId || job.data) && companies.data && branches.data;
  return (
    <Container size="xl" py="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm">
            <AnchorLink to={WebRoute.recruiter}>Today</AnchorLink> · <AnchorLink to={WebRoute.recruiterJobs}>Jobs</AnchorLink>
          </Text>
          <Title order={1} tabIndex={-1}>
            {title}
          </Title>
        </Stack>
        {failed ? (
          <Problem error={failed} title="The editor could not be loaded" onRetry={() => void Promise.all([job.refetch(), companies.refetch(), branches.refetch()])} />
        ) : !ready ? (
          <Text aria-busy="true">Loading…</Text>
        ) : (
          <JobEditor
            key={job.data?.id ?? 'new'}
            job={job.data ?? null}
            companies={companies.data}
            branches={branches.data}
            fixedBranchId={user?.role === 'recruiter' ? (user.branchId ?? null) : null}
            onSaved={(saved) => {
              if (!jobId) void navigate({ to: WebRoute.recruiterJobEdit, params: { jobId: saved.id } });
            }}
          />
        )}
      </Stack>
    </Container>
  );
}

import { Card, Group, List, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { Problem } from '../../../components/errors/problem';
import { AnchorLink } from '../../../components/links';
import { useResumeFit } from '../api/get-resume-fit';

/** Which of the job's skills the candidate's resume names, and which it never mentions. */
export function ResumeFitPanel({ jobId }: { jobId: string }) {
  const fit = useResumeFit(jobId);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="fit-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="fit-heading">
          How your resume fits
        </Title>
        {fit.isPending && <Skeleton height={60} aria-label="Checking your resume" />}
        {fit.isError && <Problem error={fit.error} title="Your resume could not be checked" onRetry={() => void fit.refetch()} />}
        {fit.data && !fit.data.hasResume && (
          <Text size="sm">
            Upload your resume to see which of this job’s skills it already shows.{' '}
            <AnchorLink to={WebRoute.profile}>Upload your resume on your profile</AnchorLink>
          </Text>
        )}
        {fit.data?.hasResume && (
          <>
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                Your resume names {fit.data.matched.length} of {fit.data.matched.length + fit.data.missing.length} skills
              </Text>
            </Group>
            <Progress value={Math.round(fit.data.score * 100)} color="teal.8" aria-label="Share of the job’s skills your resume names" />
            {fit.data.matched.length > 0 && (
              <div>
                <Text size="sm" fw={600}>
                  Named in your resume
                </Text>
                <List size="sm">
                  {fit.data.matched.map((skill) => (
                    <List.Item key={skill}>{skill}</List.Item>
                  ))}
                </List>
              </div>
            )}
            {fit.data.missing.length > 0 && (
              <div>
                <Text size="sm" fw={600}>
                  Not in your resume yet
                </Text>
                <List size="sm">
                  {fit.data.missing.map((skill) => (
                    <List.Item key={skill}>{skill}</List.Item>
                  ))}
                </List>
                <Text size="sm" mt="xs">
                  If you have these skills, say so in your resume or cover letter, in the job’s own words.
                </Text>
              </div>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

import { Anchor, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { describeError } from '../../../lib/api-error';
import { saveBlob } from '../../../lib/download';
import { resumeFile, type StaffDetail } from '../api/console';
import { describeZone } from '../utils/time';

/** How to reach the candidate: only the branch's staff and admins get these details from the API. */
export function CandidateContact({ application }: { application: StaffDetail }) {
  const candidate = application.candidate;
  const download = useMutation({
    mutationFn: () => resumeFile(application.id),
    onSuccess: (blob) => saveBlob(blob, candidate?.resumeFile?.fileName ?? 'resume'),
  });
  if (!candidate) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="contact-heading">
      <Title order={2} size="h3" id="contact-heading" mb="xs">
        Contact details
      </Title>
      <Stack gap={4}>
        <Text fw={600}>
          {candidate.firstName} {candidate.lastName}
        </Text>
        {candidate.email ? (
          <Anchor href={`mailto:${candidate.email}`}>{candidate.email}</Anchor>
        ) : (
          <Text c="dimmed">No e-mail (account erased)</Text>
        )}
        {candidate.phone ? (
          <Anchor href={`tel:${candidate.phone.replace(/[^\d+]/g, '')}`}>{candidate.phone}</Anchor>
        ) : (
          <Text c="dimmed">No phone number given</Text>
        )}
        <Text size="sm">Candidate&apos;s time zone: {describeZone(application.candidateTimeZone)}</Text>
        {candidate.resumeFile ? (
          <Button
            variant="outline"
            color="blue.9"
            size="xs"
            mt="xs"
            onClick={() => download.mutate()}
            loading={download.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            Download resume file ({candidate.resumeFile.fileName})
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            No resume file uploaded; the resume text is below.
          </Text>
        )}
        {download.isError && (
          <Text size="sm" c="red.8" role="alert">
            {describeError(download.error)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

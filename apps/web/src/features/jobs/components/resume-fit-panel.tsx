import { Card, Text, Title } from '@mantine/core';

/** Placeholder until the resume-fit route lands in the next commit. */
export function ResumeFitPanel({ jobId }: { jobId: string }) {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={`fit-${jobId}`}>
      <Title order={2} size="h4" id={`fit-${jobId}`}>
        How your resume fits
      </Title>
      <Text size="sm">Checking your resume…</Text>
    </Card>
  );
}

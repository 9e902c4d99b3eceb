import { Badge, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Schemas } from '@nextstep/api-client';
import { useMutation } from '@tanstack/react-query';
import { describeError } from '../../../lib/api-error';
import { saveBlob } from '../../../lib/download';
import { interviewCalendar } from '../api/applications';
import { interviewModeLabel } from '../utils/stages';
import { formatClock, formatWhen } from '../utils/time';

type Interview = Schemas['InterviewDto'];

export interface InterviewListProps {
  interviews: readonly Interview[];
  timeZone: string;
  jobTitle: string;
  now?: Date;
}

const STATUS_LABEL: Record<string, { label: string; color: string }> = {
  scheduled: { label: 'Scheduled', color: 'blue.9' },
  completed: { label: 'Held', color: 'teal.9' },
  cancelled: { label: 'Called off', color: 'gray.8' },
};

export function InterviewList({ interviews, timeZone, jobTitle, now = new Date() }: InterviewListProps) {
  if (interviews.length === 0)
    return <Text>No interview has been scheduled yet. Your branch will get in touch if the employer wants to meet you.</Text>;
  return (
    <Stack gap="sm">
      {interviews.map((interview) => (
        <InterviewItem key={interview.id} interview={interview} timeZone={timeZone} jobTitle={jobTitle} now={now} />
      ))}
    </Stack>
  );
}

function InterviewItem({ interview, timeZone, jobTitle, now }: { interview: Interview; timeZone: string; jobTitle: string; now: Date }) {
  const end = new Date(new Date(interview.scheduledAt).getTime() + interview.durationMinutes * 60_000).toISOString();
  const status = STATUS_LABEL[interview.status] ?? { label: interview.status, color: 'gray.8' };
  const upcoming = interview.status === 'scheduled' && new Date(end).getTime() > now.getTime();
  const download = useMutation({
    mutationFn: () => interviewCalendar(interview.id),
    onSuccess: (blob) => saveBlob(blob, 'interview.ics'),
  });
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={`Interview on ${formatWhen(interview.scheduledAt, timeZone)}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h5">
            {formatWhen(interview.scheduledAt, timeZone)} to {formatClock(end, timeZone)}
          </Title>
          <Badge color={status.color} variant="outline">
            {status.label}
          </Badge>
        </Group>
        <Text size="sm">
          A {interview.durationMinutes}-minute {interviewModeLabel(interview.mode)} interview with {interview.interviewerName}
          {interview.location ? ` — ${interview.location}` : ''}.
        </Text>
        {interview.nextSteps && <Text size="sm">What they said about the next steps: {interview.nextSteps}</Text>}
        {upcoming && (
          <Group>
            <Button variant="light" onClick={() => download.mutate()} loading={download.isPending}>
              Add to calendar
              <VisuallyHidden>
                : the {jobTitle} interview on {formatWhen(interview.scheduledAt, timeZone)} (.ics file)
              </VisuallyHidden>
            </Button>
          </Group>
        )}
        {download.isError && (
          <Text size="sm" c="red.8" role="alert">
            The calendar file could not be downloaded. {describeError(download.error)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

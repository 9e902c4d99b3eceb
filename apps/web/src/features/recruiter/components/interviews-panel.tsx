import { INTERVIEW_MODE_WORDS } from '@nextstep/contracts';
import { Badge, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  cancelInterview,
  completeInterview,
  consoleKeys,
  rescheduleInterview,
  scheduleInterview,
  type Interview,
  type StaffDetail,
} from '../api/console';
import { describeZone, formatAt, fromZonedInput } from '../utils/time';
import { InterviewForm } from './interview-form';
import { WriteProblem } from './write-problem';

const STATUS_COLOR: Record<string, string> = { scheduled: 'blue.9', completed: 'teal.9', cancelled: 'gray.7' };

export interface InterviewsPanelProps {
  application: StaffDetail;
  /** The branch's zone. */
  timeZone: string;
}

/** Interviews of the application: schedule, move, call off, and mark as held with the next steps and a decision date. */
export function InterviewsPanel({ application, timeZone }: InterviewsPanelProps) {
  const queryClient = useQueryClient();
  const [scheduling, setScheduling] = useState(false);
  const closed = ['hired', 'rejected', 'withdrawn'].includes(application.status);
  const saved = (detail: StaffDetail) => {
    queryClient.setQueryData(consoleKeys.detail(application.id), detail);
    void queryClient.invalidateQueries({ queryKey: consoleKeys.all });
  };
  const reload = () => void queryClient.invalidateQueries({ queryKey: consoleKeys.all });

  return (
    <Stack gap="sm">
      <Text size="sm">
        Times in the branch&apos;s zone, {describeZone(timeZone)}, with the candidate&apos;s own (
        {describeZone(application.candidateTimeZone)}) beside them.
      </Text>
      {application.interviews.length === 0 && <Text c="dimmed">No interviews yet.</Text>}
      {[...application.interviews].reverse().map((interview) => (
        <InterviewCard
          key={interview.id}
          application={application}
          interview={interview}
          timeZone={timeZone}
          onSaved={saved}
          onReload={reload}
        />
      ))}
      {!closed &&
        (scheduling ? (
          <Card withBorder padding="md">
            <Title order={3} size="h4" mb="xs">
              Schedule an interview
            </Title>
            <InterviewForm
              timeZone={timeZone}
              candidateTimeZone={application.candidateTimeZone}
              submitLabel="Schedule interview"
              onSubmit={async (values) => {
                saved(await scheduleInterview(application.id, { ...values, version: application.version }));
                setScheduling(false);
              }}
              onCancel={() => setScheduling(false)}
              onReload={reload}
            />
          </Card>
        ) : (
          <Group>
            <Button onClick={() => setScheduling(true)}>Schedule an interview…</Button>
          </Group>
        ))}
    </Stack>
  );
}

function InterviewCard({
  application,
  interview,
  timeZone,
  onSaved,
  onReload,
}: {
  application: StaffDetail;
  interview: Interview;
  timeZone: string;
  onSaved: (detail: StaffDetail) => void;
  onReload: () => void;
}) {
  const [mode, setMode] = useState<'view' | 'reschedule' | 'complete' | 'cancel'>('view');
  const cancel = useMutation({ mutationFn: () => cancelInterview(interview.id, application.version), onSuccess: onSaved });
  const scheduled = interview.status === 'scheduled';
  const title = `${INTERVIEW_MODE_WORDS[interview.mode]} interview with ${interview.interviewerName}`;
  return (
    <Card withBorder padding="md" component="article" aria-label={title}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Badge variant="outline" color={STATUS_COLOR[interview.status] ?? 'gray.7'}>
          {interview.status === 'completed' ? 'Held' : interview.status === 'cancelled' ? 'Cancelled' : 'Scheduled'}
        </Badge>
      </Group>
      <Text mt={4}>
        {formatAt(interview.scheduledAt, timeZone)} (branch) · {formatAt(interview.scheduledAt, application.candidateTimeZone)} (candidate)
        · {interview.durationMinutes} min
      </Text>
      {interview.location && <Text size="sm">Where: {interview.location}</Text>}
      {interview.interviewerEmail && <Text size="sm">Interviewer&apos;s e-mail: {interview.interviewerEmail}</Text>}
      {interview.completedAt && <Text size="sm">Held; ended {formatAt(interview.completedAt, timeZone)}.</Text>}
      {interview.nextSteps && <Text size="sm">Next steps told to the candidate: {interview.nextSteps}</Text>}

      {scheduled && mode === 'view' && (
        <Group mt="sm" gap="xs">
          <Button size="xs" onClick={() => setMode('complete')}>
            Mark as held…
          </Button>
          <Button size="xs" variant="default" onClick={() => setMode('reschedule')}>
            Reschedule…
          </Button>
          <Button size="xs" variant="subtle" color="red.9" onClick={() => setMode('cancel')}>
            Cancel interview…
          </Button>
        </Group>
      )}
      {mode === 'reschedule' && (
        <Stack mt="sm">
          <InterviewForm
            timeZone={timeZone}
            candidateTimeZone={application.candidateTimeZone}
            interview={interview}
            submitLabel="Save new time"
            onSubmit={async (values) => {
              onSaved(await rescheduleInterview(interview.id, { ...values, version: application.version }));
              setMode('view');
            }}
            onCancel={() => setMode('view')}
            onReload={onReload}
          />
        </Stack>
      )}
      {mode === 'cancel' && (
        <Stack mt="sm" gap="xs">
          <Text size="sm">The candidate gets an e-mail that the interview is called off, with a calendar cancellation.</Text>
          {cancel.isError && <WriteProblem error={cancel.error} onReload={onReload} />}
          <Group gap="xs">
            <Button size="xs" color="red.8" onClick={() => cancel.mutate()} loading={cancel.isPending}>
              Call the interview off
            </Button>
            <Button size="xs" variant="default" onClick={() => setMode('view')}>
              Keep it
            </Button>
          </Group>
        </Stack>
      )}
      {mode === 'complete' && (
        <CompleteForm
          application={application}
          interview={interview}
          timeZone={timeZone}
          onSaved={onSaved}
          onClose={() => setMode('view')}
          onReload={onReload}
        />
      )}
    </Card>
  );
}

function CompleteForm({
  application,
  interview,
  timeZone,
  onSaved,
  onClose,
  onReload,
}: {
  application: StaffDetail;
  interview: Interview;
  timeZone: string;
  onSaved: (detail: StaffDetail) => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const [nextSteps, setNextSteps] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const complete = useMutation({
    mutationFn: () => {
      // A decision "by" a date means by the end of the branch's working day.
      const decisionExpectedBy = decisionDate ? fromZonedInput(`${decisionDate}T17:00`, timeZone) : null;
      return completeInterview(interview.id, {
        ...(nextSteps.trim() ? { nextSteps: nextSteps.trim() } : {}),
        ...(decisionExpectedBy ? { decisionExpectedBy } : {}),
        version: application.version,
      });
    },
    onSuccess: (detail) => {
      onSaved(detail);
      onClose();
    },
  });
  return (
    <form
      noValidate
      aria-label="Mark the interview as held"
      onSubmit={(event) => {
        event.preventDefault();
        if (decisionDate && !/^\d{4}-\d{2}-\d{2}$/.test(decisionDate)) {
          setDateError('Pick a date, or leave it empty.');
          return;
        }
        setDateError(null);
        complete.mutate();
      }}
    >
      <Stack mt="sm" gap="xs">
        <Textarea
          label="Next steps told to the candidate"
          description="What happens now and when they will hear back; the candidate sees it."
          rows={2}
          maxLength={2000}
          value={nextSteps}
          onChange={(e) => setNextSteps(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={`Decision expected by (optional, ${describeZone(timeZone)})`}
          description="The candidate is advised not to chase before the day after it."
          value={decisionDate}
          onChange={(e) => setDecisionDate(e.currentTarget.value)}
          error={dateError ?? undefined}
        />
        {complete.isError && <WriteProblem error={complete.error} onReload={onReload} />}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={complete.isPending}>
            Mark as held
          </Button>
          <Button size="xs" variant="default" onClick={onClose}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

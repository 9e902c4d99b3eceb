import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useId, useState } from 'react';
import { ButtonLink } from '../../../components/links';
import type { Guidance, SentMessage } from '../api/applications';
import { describeZoneAside, formatWhen } from '../utils/time';
import { wrappingButton } from '../utils/wrapping-button';
import { CallBranchCard } from './call-branch-card';
import { MessageForm } from './message-form';

export interface GuidancePanelProps {
  applicationId: string;
  guidance: Guidance;
  /** When the candidate last sent a thank-you note (from the application). */
  thankYouSentAt?: string | null;
}

/**
 * What the server advises for this application, in its own words: the
 * follow-up rule's message next to the (possibly disabled) action, the
 * thank-you advice, and the next steps. The portal never rewords the advice;
 * it only adds when things change, in the candidate's time zone.
 */
export function GuidancePanel({ applicationId, guidance, thankYouSentAt = null }: GuidancePanelProps) {
  const headingId = useId();
  const { followUp, thankYou } = guidance;
  // Steps that restate the follow-up or thank-you advice are shown with their action below.
  const steps = guidance.nextSteps.filter((step) => !step.startsWith(followUp.message) && !step.startsWith(thankYou.message));
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="lg">
        <Title order={2} id={headingId}>
          What to do now
        </Title>
        {steps.length > 0 && (
          <section aria-label="Next steps">
            <List spacing="xs">
              {steps.map((step) => (
                <List.Item key={step}>{step}</List.Item>
              ))}
            </List>
          </section>
        )}
        <FollowUpSection applicationId={applicationId} guidance={guidance} />
        <ThankYouSection applicationId={applicationId} guidance={guidance} thankYouSentAt={thankYouSentAt} />
      </Stack>
    </Card>
  );
}

function FollowUpSection({ applicationId, guidance }: { applicationId: string; guidance: Guidance }) {
  const headingId = useId();
  const reasonId = useId();
  const whenId = useId();
  const { followUp, candidateTimeZone: zone } = guidance;
  // Kept here: once a message is sent the guidance says "wait", and the form it came from is gone.
  const [sent, setSent] = useState<SentMessage | null>(null);
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId}>
        Getting in touch with your branch
      </Title>
      {sent && (
        <Alert color="green" variant="light" title="Message sent" role="status">
          <Text size="sm">{sent.deliveredTo.summary}</Text>
        </Alert>
      )}
      <Text id={reasonId}>{followUp.message}</Text>
      {followUp.allowed ? (
        <>
          <CallBranchCard branch={guidance.branch} />
          <MessageForm applicationId={applicationId} branchName={guidance.branch.name} timeZone={zone} onSent={setSent} />
        </>
      ) : (
        <Stack gap={6}>
          <Group>
            <Button disabled aria-describedby={`${reasonId} ${whenId}`}>
              Message your branch
            </Button>
          </Group>
          <Text size="sm" id={whenId} fw={500}>
            {opensText(followUp.code, followUp.earliestAt, zone)}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

/** When the follow-up opens, in the candidate's zone, named so nobody has to guess. */
export function opensText(code: Guidance['followUp']['code'], earliestAt: string | null, zone: string): string {
  if (earliestAt) {
    const when = `${formatWhen(earliestAt, zone)}, in your time zone (${describeZoneAside(zone)})`;
    return code === 'INTERVIEW_UPCOMING' ? `If your interview goes ahead as planned, this opens on ${when}.` : `This opens on ${when}.`;
  }
  switch (code) {
    case 'APPLICATION_STAGE':
      return 'There is no date for this: it opens only after you have had an interview.';
    case 'CLOSED':
      return 'This application is closed, so this will not open again.';
    default:
      return 'There is no date for this yet.';
  }
}

function ThankYouSection({
  applicationId,
  guidance,
  thankYouSentAt,
}: {
  applicationId: string;
  guidance: Guidance;
  thankYouSentAt: string | null;
}) {
  const headingId = useId();
  const { thankYou, candidateTimeZone: zone } = guidance;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId}>
        Thank-you note
      </Title>
      <Text>{thankYou.message}</Text>
      {thankYou.code === 'SEND_THANK_YOU' && (
        <>
          {thankYou.dueAt && <Text size="sm">{idealByText(thankYou.dueAt, thankYou.withinHours, zone)}</Text>}
          <Group>
            <ButtonLink to={WebRoute.thankYou} params={{ applicationId }} styles={wrappingButton}>
              {thankYou.interviewerName ? `Write your thank-you note to ${thankYou.interviewerName}` : 'Write your thank-you note'}
            </ButtonLink>
          </Group>
        </>
      )}
      {thankYou.code === 'ALREADY_THANKED' && thankYouSentAt && <Text size="sm">You sent it on {formatWhen(thankYouSentAt, zone)}.</Text>}
      {thankYou.code === 'NO_INTERVIEW_YET' && thankYou.earliestAt && (
        <Text size="sm">Your interview is expected to end on {formatWhen(thankYou.earliestAt, zone)}; write the note after it.</Text>
      )}
    </Stack>
  );
}

/** The 24-hour hint: "ideally by …" while there is time, honest once it has passed. */
export function idealByText(dueAt: string, withinHours: number, zone: string, now: Date = new Date()): string {
  const when = `${formatWhen(dueAt, zone)} (${describeZoneAside(zone)})`;
  return new Date(dueAt).getTime() > now.getTime()
    ? `Ideally send it by ${when}, within ${withinHours} hours of your interview.`
    : `The ideal time, within ${withinHours} hours of your interview, ended on ${when}.`;
}

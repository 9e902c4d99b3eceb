import { Badge, Card, Container, Grid, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { AnchorLink } from '../components/links';
import { useDocumentTitle } from '../hooks/use-document-title';
import { staffApplicationQuery, staffGuidanceQuery } from '../features/recruiter/api/console';
import { CandidateContact } from '../features/recruiter/components/candidate-contact';
import { ConsoleState } from '../features/recruiter/components/console-page';
import { EmailLog } from '../features/recruiter/components/email-log';
import { InterviewsPanel } from '../features/recruiter/components/interviews-panel';
import { MessagesPanel } from '../features/recruiter/components/messages-panel';
import { RecordContactButton } from '../features/recruiter/components/record-contact-dialog';
import { StageActions } from '../features/recruiter/components/stage-actions';
import { StaffHistory } from '../features/recruiter/components/staff-history';
import { describeZone, formatAt, formatDate } from '../features/recruiter/utils/time';
import { STAFF_STAGE_LABELS } from '../features/recruiter/utils/transitions';

const route = getRouteApi(WebRoute.recruiterApplication);

/** One application as the branch works on it; the candidate e-mails and the digest link here. */
export function RecruiterApplicationPage() {
  const { applicationId } = route.useParams();
  const detail = useQuery(staffApplicationQuery(applicationId));
  const guidance = useQuery(staffGuidanceQuery(applicationId));
  const name = detail.data?.candidate ? `${detail.data.candidate.firstName} ${detail.data.candidate.lastName}` : null;
  useDocumentTitle(detail.data ? `${name ?? 'Candidate'}: ${detail.data.job.title}` : detail.isError ? 'Application not found' : 'Application');

  return (
    <ConsoleState
      what="the application"
      query={detail}
      notFound={{ title: 'Application not found', message: 'There is no application at this address for your branch. It may belong to another branch.' }}
    >
      {() => {
        const application = detail.data;
        if (!application) return null;
        const zone = application.branchContact.timeZone;
        const fit = guidance.data?.resumeFit;
        return (
          <Container size="xl" py="lg">
            <Stack gap="lg">
              <Stack gap={6}>
                <Text size="sm">
                  <AnchorLink to={WebRoute.recruiter}>Today</AnchorLink> ·{' '}
                  <AnchorLink to={WebRoute.recruiterJob} params={{ jobId: application.job.id }}>
                    {application.job.title} pipeline
                  </AnchorLink>
                </Text>
                <Title order={1} tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>
                  {name ?? 'Candidate'} · {application.job.title}
                </Title>
                <Group gap="xs" wrap="wrap">
                  <Badge size="lg" variant="outline" color="blue.9">
                    {STAFF_STAGE_LABELS[application.status]}
                  </Badge>
                  <Text size="sm">
                    {application.company.name} · {application.branch.name} · applied {formatDate(application.appliedAt, zone)}
                    {application.followUpDueAt ? ` · follow-up due ${formatAt(application.followUpDueAt, zone)}` : ''}
                  </Text>
                </Group>
                <Text size="sm">Times on this page are in the branch&apos;s zone, {describeZone(zone)}.</Text>
                <Group gap="sm" align="flex-start" wrap="wrap">
                  <StageActions application={application} />
                  {!['hired', 'rejected', 'withdrawn'].includes(application.status) && <RecordContactButton application={application} />}
                </Group>
              </Stack>
              <Grid gap="xl">
                <Grid.Col span={{ base: 12, md: 8 }}>
                  <Stack gap="xl">
                    <section aria-labelledby="interviews-heading">
                      <Title order={2} id="interviews-heading" mb="sm">
                        Interviews
                      </Title>
                      <InterviewsPanel application={application} timeZone={zone} />
                    </section>
                    <section aria-labelledby="messages-heading">
                      <Title order={2} id="messages-heading" mb="sm">
                        Messages and thank-you notes
                      </Title>
                      <MessagesPanel application={application} timeZone={zone} />
                    </section>
                    <section aria-labelledby="emails-heading">
                      <Title order={2} id="emails-heading" mb="sm">
                        E-mails about this application
                      </Title>
                      <EmailLog emails={application.emails} timeZone={zone} />
                    </section>
                    <section aria-labelledby="history-heading">
                      <Title order={2} id="history-heading" mb="sm">
                        History
                      </Title>
                      <StaffHistory history={application.history} timeZone={zone} />
                    </section>
                  </Stack>
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 4 }}>
                  <Stack gap="md">
                    <CandidateContact application={application} />
                    <Card withBorder padding="md" component="section" aria-labelledby="fit-heading">
                      <Title order={2} size="h3" id="fit-heading" mb="xs">
                        Resume fit
                      </Title>
                      {fit ? (
                        <Stack gap={6}>
                          <Progress value={Math.round(fit.score * 100)} aria-label={`Resume fit ${Math.round(fit.score * 100)} percent`} />
                          <Text size="sm">{Math.round(fit.score * 100)}% of the job&apos;s skills are in the resume.</Text>
                          {fit.matched.length > 0 && <Text size="sm">Found: {fit.matched.join(', ')}</Text>}
                          {fit.missing.length > 0 && <Text size="sm">Not found: {fit.missing.join(', ')}</Text>}
                        </Stack>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {guidance.isError ? 'The resume fit could not be loaded.' : 'Loading…'}
                        </Text>
                      )}
                    </Card>
                    <Card withBorder padding="md" component="section" aria-labelledby="cover-heading">
                      <Title order={2} size="h3" id="cover-heading" mb="xs">
                        Cover letter
                      </Title>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {application.coverLetter ?? 'None.'}
                      </Text>
                    </Card>
                    <Card withBorder padding="md" component="section" aria-labelledby="resume-heading">
                      <Title order={2} size="h3" id="resume-heading" mb="xs">
                        Resume
                      </Title>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: '28rem', overflowY: 'auto' }} tabIndex={0} aria-label="Resume text">
                        {application.resumeText ?? 'No resume text.'}
                      </Text>
                    </Card>
                  </Stack>
                </Grid.Col>
              </Grid>
            </Stack>
          </Container>
        );
      }}
    </ConsoleState>
  );
}

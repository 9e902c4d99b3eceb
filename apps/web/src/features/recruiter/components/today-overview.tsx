import { INTERVIEW_MODE_WORDS } from '@nextstep/contracts';
import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { AnchorLink } from '../../../components/links';
import type { Today } from '../api/console';
import { formatAt, formatTime } from '../utils/time';
import { STAFF_STAGE_LABELS } from '../utils/transitions';
import { OwedNewsList } from './owed-news-list';


/** The recruiter's day at a branch: who is owed news, who comes in, what is unread, and the pipeline at a glance. */
export function TodayOverview({ today }: { today: Today }) {
  const zone = today.branch.timeZone;
  const now = new Date(today.now);
  const days = (['today', 'tomorrow'] as const).map((day) => ({ day, items: today.interviews.filter((i) => i.day === day) }));
  return (
    <Stack gap="xl">
      <section aria-labelledby="owed-heading">
        <Group justify="space-between" align="baseline" mb="sm">
          <Title order={2} id="owed-heading">
            Owed news ({today.owedNews.length})
          </Title>
          <AnchorLink to={WebRoute.recruiterApplications} search={{ owedNews: true }}>
            All owed news
          </AnchorLink>
        </Group>
        <OwedNewsList
          items={today.owedNews.slice(0, 10)}
          timeZone={zone}
          now={now}
          caption="Interviewed candidates whose follow-up is due within 4 days or past, most urgent first"
        />
      </section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {days.map(({ day, items }) => (
          <section key={day} aria-labelledby={`interviews-${day}`}>
            <Title order={2} size="h3" id={`interviews-${day}`} mb="sm">
              Interviews {day} ({items.length})
            </Title>
            {items.length === 0 ? (
              <Text c="dimmed">No interviews {day}.</Text>
            ) : (
              <List spacing="xs" listStyleType="none" p={0}>
                {items.map(({ interview, application }) => (
                  <List.Item key={interview.id}>
                    <Card withBorder padding="sm">
                      <Text fw={600}>
                        {formatTime(interview.scheduledAt, zone)} ·{' '}
                        <AnchorLink to={WebRoute.recruiterApplication} params={{ applicationId: application.id }}>
                          {application.candidate ? `${application.candidate.firstName} ${application.candidate.lastName}` : 'Candidate'}
                        </AnchorLink>
                      </Text>
                      <Text size="sm">
                        {application.job.title} · {INTERVIEW_MODE_WORDS[interview.mode]} with {interview.interviewerName},{' '}
                        {interview.durationMinutes} min
                      </Text>
                    </Card>
                  </List.Item>
                ))}
              </List>
            )}
          </section>
        ))}
      </SimpleGrid>

      <section aria-labelledby="unread-heading">
        <Title order={2} size="h3" id="unread-heading" mb="sm">
          Unread messages and thank-you notes ({today.unread.length})
        </Title>
        {today.unread.length === 0 ? (
          <Text c="dimmed">Nothing unread.</Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0}>
            {today.unread.map((message) => (
              <List.Item key={message.id}>
                <Card withBorder padding="sm">
                  <Group gap="xs" wrap="wrap">
                    <Badge variant="outline" color={message.kind === 'thank_you' ? 'teal.9' : 'blue.9'}>
                      {message.kind === 'thank_you' ? 'Thank-you note' : 'Message'}
                    </Badge>
                    <AnchorLink to={WebRoute.recruiterApplication} params={{ applicationId: message.applicationId }} fw={600}>
                      {message.candidate.firstName} {message.candidate.lastName}
                    </AnchorLink>
                    <Text size="sm">
                      {message.jobTitle} · {formatAt(message.createdAt, zone)}
                    </Text>
                  </Group>
                  <Text size="sm" mt={4} lineClamp={2}>
                    {message.body}
                  </Text>
                </Card>
              </List.Item>
            ))}
          </List>
        )}
      </section>

      <section aria-labelledby="stages-heading">
        <Title order={2} size="h3" id="stages-heading" mb="sm">
          Applications per stage
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
          {today.stageCounts.map(({ stage, count }) => (
            <Card key={stage} withBorder padding="sm">
              <Text component="dt" size="sm">
                {STAFF_STAGE_LABELS[stage]}
              </Text>
              <Text component="dd" fw={700} size="xl" m={0}>
                {count}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}

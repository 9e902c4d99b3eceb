import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Schemas } from '@nextstep/api-client';
import { WebRoute } from '@nextstep/contracts';
import { AnchorLink } from '../../../components/links';
import { EMPLOYMENT_TYPE_INFO } from '../../../lib/employment-types';
import { formatDistance, formatPay, formatPostedAt } from '../../../lib/format';
import { HighlightedSnippet } from './highlighted-snippet';

/** One search result; the title links to the job page. */
export function JobResult({ job }: { job: Schemas['JobSummaryDto'] }) {
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-labelledby={`job-${job.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={`job-${job.id}`} style={{ overflowWrap: 'anywhere' }}>
            <AnchorLink to={WebRoute.job} params={{ jobId: job.id }}>
              {job.title}
            </AnchorLink>
          </Title>
          <Badge variant="outline" color="blue.9" radius="sm">
            {EMPLOYMENT_TYPE_INFO[job.employmentType].label}
          </Badge>
        </Group>
        <Text size="sm" fw={600}>
          {formatPay(job.pay)}
        </Text>
        <Text size="sm">
          {job.company.name} · {job.city}, {job.region}
          {job.distanceKm != null && <> · {formatDistance(job.distanceKm)} away</>}
        </Text>
        <Text size="sm" c="gray.8">
          Through {job.branch.name} · Posted {formatPostedAt(job.postedAt)}
        </Text>
        {job.snippet && <HighlightedSnippet snippet={job.snippet} />}
      </Stack>
    </Card>
  );
}

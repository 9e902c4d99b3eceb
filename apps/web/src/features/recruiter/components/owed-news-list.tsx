import { Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { AnchorLink } from '../../../components/links';
import type { StaffSummary } from '../api/console';
import { daysSince, formatDate } from '../utils/time';
import { RecordContactButton } from './record-contact-dialog';

export interface OwedNewsListProps {
  items: readonly StaffSummary[];
  timeZone: string;
  now?: Date;
  /** A short list on Today; the full table on the owed-news page. */
  caption: string;
}

function dueLabel(dueAt: string, timeZone: string, now: Date): { text: string; overdue: boolean } {
  const overdue = new Date(dueAt).getTime() <= now.getTime();
  return { text: overdue ? `due since ${formatDate(dueAt, timeZone)}` : `due ${formatDate(dueAt, timeZone)}`, overdue };
}

/** Interviewed candidates waiting for news, most urgent first, with their phone and one click to record the call. */
export function OwedNewsList({ items, timeZone, now = new Date(), caption }: OwedNewsListProps) {
  if (items.length === 0) return <Text>Nobody is waiting for news: every interviewed candidate has heard from you recently.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="sm" captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Candidate</Table.Th>
            <Table.Th scope="col">Job</Table.Th>
            <Table.Th scope="col">Since the interview</Table.Th>
            <Table.Th scope="col">Phone</Table.Th>
            <Table.Th scope="col">Follow-up</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const name = item.candidate ? `${item.candidate.firstName} ${item.candidate.lastName}` : 'Candidate';
            const due = item.followUpDueAt ? dueLabel(item.followUpDueAt, timeZone, now) : null;
            const days = item.lastInterviewAt ? daysSince(item.lastInterviewAt, now) : null;
            return (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <AnchorLink to={WebRoute.recruiterApplication} params={{ applicationId: item.id }}>
                    {name}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>{item.job.title}</Table.Td>
                <Table.Td>{days === null ? '—' : days === 1 ? '1 day' : `${days} days`}</Table.Td>
                <Table.Td>
                  {item.candidate?.phone ? (
                    <Anchor href={`tel:${item.candidate.phone.replace(/[^\d+]/g, '')}`}>{item.candidate.phone}</Anchor>
                  ) : (
                    <Text span c="dimmed">
                      no phone
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {due && (
                    <Group gap={6} wrap="nowrap">
                      {due.overdue && (
                        <Badge color="red.9" variant="filled" size="sm">
                          Overdue
                        </Badge>
                      )}
                      <Text size="sm">{due.text}</Text>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <RecordContactButton application={item} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

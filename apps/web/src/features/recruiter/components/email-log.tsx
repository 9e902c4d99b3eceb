import { Badge, Box, Table, Text } from '@mantine/core';
import type { EmailRecord } from '../api/console';
import { formatAt } from '../utils/time';

const KIND_LABELS: Record<string, string> = {
  interview_confirmation: 'Interview confirmation',
  interview_cancelled: 'Interview cancelled',
  interview_reminder: 'Interview reminder',
  thank_you_reminder: 'Thank-you reminder',
  follow_up_reminder: 'Follow-up reminder',
  owed_news_digest: 'Owed-news digest',
  thank_you_note: "Candidate's thank-you note (to the interviewer)",
  candidate_message: "Candidate's message (to the branch)",
  recruiter_reply: 'Your reply',
  application_received: 'Application received',
  stage_screening: 'News: screening',
  stage_offer: 'News: offer',
  stage_rejected: 'News: not selected',
  stage_hired: 'News: hired',
};

const STATUS_COLORS: Record<string, string> = {
  sent: 'teal.9',
  scheduled: 'blue.9',
  sending: 'blue.9',
  cancelled: 'gray.7',
  skipped: 'orange.9',
  failed: 'red.9',
};

/** Every e-mail the product planned about this application and what became of it: the record of what the candidate was told. */
export function EmailLog({ emails, timeZone }: { emails: readonly EmailRecord[]; timeZone: string }) {
  if (emails.length === 0) return <Text c="dimmed">No e-mails yet.</Text>;
  return (
    // Scrolls sideways on a phone; focusable so the keyboard can scroll it too (axe: scrollable-region-focusable).
    <Box role="region" aria-label="E-mail log" tabIndex={0} style={{ overflowX: 'auto' }}>
      <Table verticalSpacing="xs" striped miw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">E-mail</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Due / sent</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...emails].reverse().map((email) => (
            <Table.Tr key={email.id}>
              <Table.Td>{KIND_LABELS[email.kind] ?? email.kind.replace(/_/g, ' ')}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color={STATUS_COLORS[email.status] ?? 'gray.7'}>
                  {email.status}
                </Badge>
              </Table.Td>
              <Table.Td>{formatAt(email.sentAt ?? email.sendAt, timeZone)}</Table.Td>
              <Table.Td>{email.reason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

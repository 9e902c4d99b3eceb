import { List, Text } from '@mantine/core';
import type { Schemas } from '@nextstep/api-client';
import { formatAt } from '../utils/time';
import { STAFF_STAGE_LABELS } from '../utils/transitions';

type Entry = Schemas['HistoryEntryDto'];

const WORDS: Record<string, string> = {
  applied: 'Applied',
  status_changed: 'Stage changed',
  withdrawn: 'Withdrawn by the candidate',
  interview_scheduled: 'Interview scheduled',
  interview_rescheduled: 'Interview rescheduled',
  interview_cancelled: 'Interview cancelled',
  interview_completed: 'Interview held',
  contact_recorded: 'Contact recorded',
  follow_up_sent: 'Candidate followed up',
  thank_you_sent: 'Candidate sent a thank-you note',
};

/** Who did what, when (branch time), newest first. */
export function StaffHistory({ history, timeZone }: { history: readonly Entry[]; timeZone: string }) {
  return (
    <List spacing="xs" listStyleType="none" p={0}>
      {[...history].reverse().map((entry, index) => (
        <List.Item key={`${entry.occurredAt}-${index}`}>
          <Text size="sm">
            <strong>{WORDS[entry.type] ?? entry.type}</strong>
            {entry.type === 'status_changed' && entry.from && entry.to
              ? `: ${STAFF_STAGE_LABELS[entry.from as keyof typeof STAFF_STAGE_LABELS]} → ${STAFF_STAGE_LABELS[entry.to as keyof typeof STAFF_STAGE_LABELS]}`
              : ''}
            {' · '}
            {formatAt(entry.occurredAt, timeZone)} · {entry.by.name} ({entry.by.role})
          </Text>
          {entry.note && (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {entry.note}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

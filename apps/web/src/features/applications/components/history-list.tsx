import { List, Text } from '@mantine/core';
import { describeEvent, type HistoryEntry } from '../utils/stages';
import { formatShort } from '../utils/time';

// These notes are written for the record by the system (ids, ISO times); the interview list says it better.
const NOTES_SHOWN = new Set(['status_changed', 'withdrawn', 'contact_recorded', 'interview_completed']);

export function HistoryList({ history, timeZone }: { history: readonly HistoryEntry[]; timeZone: string }) {
  if (history.length === 0) return <Text>Nothing has happened yet.</Text>;
  return (
    <List spacing="xs" listStyleType="none" styles={{ root: { paddingInlineStart: 0 } }}>
      {[...history].reverse().map((entry, index) => (
        <List.Item key={`${entry.occurredAt}-${index}`}>
          <Text size="sm">
            <Text span fw={600}>
              {formatShort(entry.occurredAt, timeZone)}:
            </Text>{' '}
            {describeEvent(entry)}
            {entry.note && NOTES_SHOWN.has(entry.type) && entry.note !== 'Interview scheduled' ? ` “${entry.note}”` : ''}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

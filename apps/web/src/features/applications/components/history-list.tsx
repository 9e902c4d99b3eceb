import { List, Text } from '@mantine/core';
import { describeEvent, type HistoryEntry } from '../utils/stages';
import { formatShort } from '../utils/time';

// Interview events carry a note written for the record (mode, ISO time); the interview list says it better.
const NOTES_SHOWN = new Set(['status_changed', 'withdrawn', 'contact_recorded', 'interview_completed']);
// Stage changes made by the interview routes note what caused them, which the next line already says.
const AUTOMATIC_NOTES = new Set(['Interview scheduled', 'Interview completed', 'Interview cancelled']);

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
            {entry.note && NOTES_SHOWN.has(entry.type) && !AUTOMATIC_NOTES.has(entry.note) ? ` “${entry.note}”` : ''}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

import { Text } from '@mantine/core';
import { parseSnippet } from '../utils/snippet';

/** The matched words of a search result, highlighted; nothing else of the snippet is treated as HTML. */
export function HighlightedSnippet({ snippet }: { snippet: string }) {
  return (
    <Text size="sm" c="gray.8" lineClamp={3}>
      {parseSnippet(snippet).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </Text>
  );
}

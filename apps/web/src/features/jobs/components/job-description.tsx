import { Stack, Text, Title } from '@mantine/core';

/** Paragraphs of the description; "Label: text" paragraphs get the label as a small heading. */
export function JobDescription({ description }: { description: string }) {
  const paragraphs = description
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <Stack gap="sm">
      {paragraphs.map((paragraph, index) => {
        const labelled = /^([A-Z][A-Za-z ?]{1,40}):\s+([\s\S]+)$/.exec(paragraph);
        return labelled ? (
          <div key={index}>
            <Title order={3} size="h5">
              {labelled[1]}
            </Title>
            <Text style={{ whiteSpace: 'pre-line' }}>{labelled[2]}</Text>
          </div>
        ) : (
          <Text key={index} style={{ whiteSpace: 'pre-line' }}>
            {paragraph}
          </Text>
        );
      })}
    </Stack>
  );
}

/** The "Schedule: …" line of a description, shown with the key facts (jobs have no separate schedule field). */
export function scheduleOf(description: string): string | null {
  const match = /(?:^|\n)\s*Schedule:\s*([^\n]+)/.exec(description);
  return match?.[1]?.trim() ?? null;
}

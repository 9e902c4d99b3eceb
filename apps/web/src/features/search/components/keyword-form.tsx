import { Button, Group, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';

/** The search box: the URL changes (and the search runs) when it is submitted, not on every key. */
export function KeywordForm({ q, onSearch }: { q: string | undefined; onSearch: (q: string | undefined) => void }) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    onSearch(typeof value === 'string' && value.trim() ? value.trim() : undefined);
  };
  return (
    // Keyed by the URL's value, so Back and shared links refill the box.
    <form role="search" aria-label="Jobs" onSubmit={submit} key={q ?? ''}>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          name="q"
          type="search"
          label="What job are you looking for?"
          description='Job title, skill or keyword, e.g. forklift, "line cook", welder -night'
          defaultValue={q ?? ''}
          maxLength={200}
          style={{ flex: 1, minWidth: 0 }}
          size="md"
        />
        <Button type="submit" size="md">
          Search
        </Button>
      </Group>
    </form>
  );
}

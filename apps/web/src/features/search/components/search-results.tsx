import { Anchor, Button, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Schemas } from '@nextstep/api-client';
import { useEffect, useRef } from 'react';
import { Problem } from '../../../components/errors/problem';
import { JobResult } from './job-result';

export interface SearchResultsProps {
  pages: Schemas['JobSearchResultDto'][] | undefined;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  /** "Load more" failed while earlier pages are shown. */
  isFetchNextPageError: boolean;
  onLoadMore: () => void;
  onRetry: () => void;
  onClearFilters?: () => void;
  /** Runs the search the API suggests when nothing matched ("Did you mean …"). */
  onSearchFor?: (q: string) => void;
}

/** "1 job", "243 jobs", "1,000+ jobs": the API counts exactly up to 1,000. */
export function matchCountText(count: { value: number; capped: boolean }): string {
  const number = `${count.value.toLocaleString('en-US')}${count.capped ? '+' : ''}`;
  return `${number} ${count.value === 1 && !count.capped ? 'job' : 'jobs'}`;
}

export function SearchResults(props: SearchResultsProps) {
  const { pages, status, error, hasNextPage, isFetchingNextPage, isFetchNextPageError, onLoadMore, onRetry, onClearFilters, onSearchFor } =
    props;
  const jobs = pages?.flatMap((page) => page.items) ?? [];
  const first = pages?.[0];
  const total = first?.counts?.total;
  const didYouMean = first?.didYouMean ?? null;
  // After "Load more", focus the first new job, so keyboard and screen-reader users carry on reading there.
  const list = useRef<HTMLOListElement>(null);
  const previousCount = useRef(0);
  const focusNext = useRef(false);
  useEffect(() => {
    if (focusNext.current && jobs.length > previousCount.current) {
      list.current?.querySelectorAll<HTMLAnchorElement>('li h3 a')[previousCount.current]?.focus();
      focusNext.current = false;
    }
    previousCount.current = jobs.length;
  }, [jobs.length]);

  if (status === 'pending') {
    return (
      <Stack gap="sm" aria-busy="true">
        <Text role="status">Looking for jobs…</Text>
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} height={120} radius="md" />
        ))}
      </Stack>
    );
  }
  if (status === 'error' && jobs.length === 0) {
    return <Problem error={error} title="The jobs could not be loaded" onRetry={onRetry} />;
  }
  if (jobs.length === 0) {
    return (
      <Stack gap="sm">
        <Text role="status" fw={600}>
          No open jobs match this search.
        </Text>
        {didYouMean && onSearchFor && (
          <Text>
            Did you mean{' '}
            <Anchor component="button" type="button" fw={600} onClick={() => onSearchFor(didYouMean)}>
              {didYouMean}
            </Anchor>
            ?
          </Text>
        )}
        <Text>Try other words, fewer filters or a greater distance. New jobs are posted every day.</Text>
        {onClearFilters && (
          <div>
            <Button variant="default" onClick={onClearFilters}>
              Clear all filters
            </Button>
          </div>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        <span role="status">
          {total ? (
            <>
              {matchCountText(total)}
              {hasNextPage ? `; ${jobs.length} shown` : ''}
            </>
          ) : (
            <>
              {jobs.length} {jobs.length === 1 ? 'job' : 'jobs'}
              {hasNextPage ? ' shown; more below' : ''}
            </>
          )}
        </span>
      </Title>
      <ol
        ref={list}
        style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)' }}
      >
        {jobs.map((job) => (
          <li key={job.id}>
            <JobResult job={job} />
          </li>
        ))}
      </ol>
      {isFetchNextPageError && <Problem error={error} title="More jobs could not be loaded" onRetry={onLoadMore} />}
      {hasNextPage && !isFetchNextPageError && (
        <Button
          variant="default"
          onClick={() => {
            focusNext.current = true;
            onLoadMore();
          }}
          loading={isFetchingNextPage}
          fullWidth
        >
          Load more jobs
          {isFetchingNextPage && <VisuallyHidden>Loading more jobs</VisuallyHidden>}
        </Button>
      )}
      {!hasNextPage && jobs.length > 20 && <Text c="gray.8">That is every job for this search.</Text>}
    </Stack>
  );
}

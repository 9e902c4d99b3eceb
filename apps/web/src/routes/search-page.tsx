import { Button, Collapse, Container, Grid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { ErrorCode, WebRoute } from '@nextstep/contracts';
import { getRouteApi } from '@tanstack/react-router';
import { usePostalCodeOrigin, useJobSearch } from '../features/search/api/search-jobs';
import { KeywordForm } from '../features/search/components/keyword-form';
import { SearchFilters } from '../features/search/components/search-filters';
import { CreateAlertFromSearch } from '../features/job-alerts/components/create-alert-form';
import { SearchResults } from '../features/search/components/search-results';
import { activeFilterCount, MAX_PAGES, originOf, rssHref, toApiQuery, type SearchCriteria } from '../features/search/utils/search-criteria';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useFeedLink } from '../hooks/use-feed-link';
import { isApiError } from '../lib/api-error';
import { useSessionUser } from '../lib/session';

const route = getRouteApi(WebRoute.search);

/** Home: search and filter the open jobs. Everything the person chose lives in the URL. */
export function SearchPage() {
  const criteria = route.useSearch();
  const navigate = route.useNavigate();
  const wide = useMediaQuery('(min-width: 62em)', true);
  const [filtersOpen, filters] = useDisclosure(false);

  const postal = usePostalCodeOrigin(criteria.lat === undefined ? criteria.postalCode : undefined);
  const origin = originOf(criteria, postal.data ?? null);
  const waitingForPostalCode = Boolean(criteria.postalCode) && criteria.lat === undefined && !postal.data && !postal.isError;
  const query = waitingForPostalCode ? null : toApiQuery(criteria, origin);
  const search = useJobSearch(query, criteria.pages ?? 1);

  useDocumentTitle(criteria.q ? `Jobs for “${criteria.q}”` : 'Search jobs');
  useFeedLink(query ? rssHref(query) : null, criteria.q ? `Nextstep jobs: “${criteria.q}” (RSS)` : 'Nextstep jobs (RSS)');

  const update = (patch: Partial<SearchCriteria>) =>
    // A new search starts at the first page again.
    void navigate({ search: (previous) => ({ ...previous, ...patch, pages: undefined }) });
  const loadMore = () => {
    const loaded = search.data?.pages.length ?? 1;
    if (loaded < MAX_PAGES)
      void navigate({ search: (previous) => ({ ...previous, pages: loaded + 1 }), replace: true, resetScroll: false });
    else void search.fetchNextPage();
  };
  const postalCodeError = isApiError(postal.error, ErrorCode.POSTAL_CODE_UNKNOWN)
    ? `We do not know postal code ${criteria.postalCode ?? ''}. Try a nearby one, or use your location.`
    : postal.error
      ? 'The postal code could not be looked up. Try again.'
      : null;
  const filterCount = activeFilterCount(criteria);
  const user = useSessionUser();

  const filterPanel = (
    <SearchFilters
      criteria={criteria}
      hasOrigin={origin !== null}
      postalCodeError={postalCodeError}
      typeCounts={search.data?.pages[0]?.counts?.byEmploymentType ?? null}
      onChange={update}
    />
  );

  return (
    <Container size="lg" py="lg">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} tabIndex={-1}>
            Find your next job
          </Title>
          <Text c="gray.8">Temporary, temp-to-hire and direct-hire jobs through our branch offices.</Text>
        </Stack>
        <KeywordForm
          q={criteria.q}
          onSearch={(q) => update({ q, sort: q ? criteria.sort : criteria.sort === 'relevance' ? undefined : criteria.sort })}
        />
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 4 }}>
            {wide ? (
              filterPanel
            ) : (
              <Stack gap="xs">
                <Button variant="default" onClick={filters.toggle} aria-expanded={filtersOpen} aria-controls="search-filters">
                  {filtersOpen ? 'Hide filters' : `Show filters${filterCount ? ` (${filterCount} on)` : ''}`}
                </Button>
                <Collapse expanded={filtersOpen} id="search-filters">
                  {filterPanel}
                </Collapse>
              </Stack>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }} component="section" aria-label="Results">
            <Stack gap="sm">
              <SortControl criteria={criteria} hasOrigin={origin !== null} onChange={update} />
              {(!user || user.role === 'candidate') && <CreateAlertFromSearch search={criteria} signedIn={user?.role === 'candidate'} />}
              <SearchResults
                pages={search.data?.pages}
                status={waitingForPostalCode || (query === null && !postal.isError) ? 'pending' : search.status}
                error={search.error}
                hasNextPage={search.hasNextPage}
                isFetchingNextPage={search.isFetchingNextPage}
                isFetchNextPageError={search.isFetchNextPageError}
                onLoadMore={loadMore}
                onRetry={() => void search.refetch()}
                onClearFilters={filterCount || criteria.q ? () => void navigate({ search: {} }) : undefined}
                onSearchFor={(q) => update({ q })}
              />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}

function SortControl({
  criteria,
  hasOrigin,
  onChange,
}: {
  criteria: SearchCriteria;
  hasOrigin: boolean;
  onChange: (patch: Partial<SearchCriteria>) => void;
}) {
  const options = [
    ...(criteria.q ? [{ value: 'relevance', label: 'Best match' }] : []),
    { value: 'recent', label: 'Newest first' },
    ...(hasOrigin ? [{ value: 'distance', label: 'Nearest first' }] : []),
  ];
  const current = options.some((option) => option.value === criteria.sort) ? criteria.sort : criteria.q ? 'relevance' : 'recent';
  return (
    <label
      style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', justifyContent: 'flex-end', fontSize: 'var(--mantine-font-size-sm)' }}
    >
      Sort by
      <select
        value={current}
        onChange={(event) => onChange({ sort: event.currentTarget.value as SearchCriteria['sort'] })}
        style={{
          font: 'inherit',
          padding: '0.25rem 0.5rem',
          borderRadius: 4,
          border: '1px solid var(--mantine-color-gray-5)',
          background: 'var(--mantine-color-body)',
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

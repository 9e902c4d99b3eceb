import { Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useGeolocation } from '../../../hooks/use-geolocation';
import { EMPLOYMENT_TYPE_INFO, EMPLOYMENT_TYPES, type EmploymentType } from '../../../lib/employment-types';
import { formatUsd, milesToKm } from '../../../lib/format';
import type { SearchCriteria } from '../utils/search-criteria';

export interface SearchFiltersProps {
  criteria: SearchCriteria;
  /** Where distances are measured from, once known ("my location" or a located postal code). */
  hasOrigin: boolean;
  postalCodeError?: string | null;
  /** Matches per employment type for this search (from the first page), shown beside each choice. */
  typeCounts?: Record<EmploymentType, { value: number; capped: boolean }> | null;
  onChange: (patch: Partial<SearchCriteria>) => void;
}

const RADIUS_MILES = [10, 25, 50, 100];
const radiusKm = (miles: number) => Math.round(milesToKm(miles) * 10) / 10;
const PAY_MINIMUMS = [30_000, 40_000, 50_000, 60_000, 80_000, 100_000];
const POSTED_WITHIN = [
  { value: '1', label: 'Last 24 hours' },
  { value: '3', label: 'Last 3 days' },
  { value: '7', label: 'Last 7 days' },
  { value: '14', label: 'Last 14 days' },
  { value: '30', label: 'Last 30 days' },
];

/** An option for a value in the URL that the list does not offer (a shared or hand-written link). */
function withCurrent(options: { value: string; label: string }[], current: number | undefined, label: (value: number) => string) {
  if (current === undefined || options.some((option) => option.value === String(current))) return options;
  return [...options, { value: String(current), label: label(current) }];
}

export function SearchFilters({ criteria, hasOrigin, postalCodeError, typeCounts, onChange }: SearchFiltersProps) {
  const geo = useGeolocation();
  const usingMyLocation = criteria.lat !== undefined && criteria.lng !== undefined;

  const submitPostalCode = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('postalCode');
    const postalCode = typeof value === 'string' && value.trim() ? value.trim().toUpperCase() : undefined;
    onChange({
      postalCode,
      lat: undefined,
      lng: undefined,
      ...(postalCode ? { radiusKm: criteria.radiusKm ?? radiusKm(25) } : { radiusKm: undefined }),
    });
  };
  const locateMe = async () => {
    const point = await geo.locate();
    if (point) onChange({ lat: point.lat, lng: point.lng, postalCode: undefined, radiusKm: criteria.radiusKm ?? radiusKm(25) });
  };

  const radiusOptions = withCurrent(
    [
      { value: '', label: 'Any distance' },
      ...RADIUS_MILES.map((miles) => ({ value: String(radiusKm(miles)), label: `Within ${miles} miles` })),
    ],
    criteria.radiusKm,
    (km) => `Within ${km} km`,
  );
  const payOptions = withCurrent(
    [
      { value: '', label: 'Any pay' },
      ...PAY_MINIMUMS.map((yearly) => ({
        value: String(yearly),
        label: `${formatUsd(yearly)} a year or more (about ${formatUsd(yearly / 2080)}/hour)`,
      })),
    ],
    criteria.payMin,
    (yearly) => `${formatUsd(yearly)} a year or more`,
  );

  return (
    <Stack gap="lg" component="section" aria-labelledby="filters-heading">
      <Title order={2} size="h4" id="filters-heading">
        Filters
      </Title>

      <Checkbox.Group
        label="Type of job"
        value={criteria.employmentType ?? []}
        onChange={(values) => onChange({ employmentType: values.length ? (values as EmploymentType[]) : undefined })}
      >
        <Stack gap="xs" mt="xs">
          {EMPLOYMENT_TYPES.map((type) => (
            <Checkbox
              key={type}
              value={type}
              label={
                typeCounts
                  ? `${EMPLOYMENT_TYPE_INFO[type].label} (${typeCounts[type].value.toLocaleString('en-US')}${typeCounts[type].capped ? '+' : ''})`
                  : EMPLOYMENT_TYPE_INFO[type].label
              }
              description={EMPLOYMENT_TYPE_INFO[type].explanation}
            />
          ))}
        </Stack>
      </Checkbox.Group>

      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={600} size="sm">
          Distance
        </Text>
        <form onSubmit={submitPostalCode} key={criteria.postalCode ?? ''} aria-label="Postal code">
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              name="postalCode"
              label="Postal code"
              defaultValue={criteria.postalCode ?? ''}
              autoComplete="postal-code"
              maxLength={10}
              error={postalCodeError ?? undefined}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Button type="submit" variant="default">
              Use postal code
            </Button>
          </Group>
        </form>
        <Group gap="xs">
          <Button variant="default" onClick={() => void locateMe()} loading={geo.state.status === 'locating'}>
            Use my location
          </Button>
          {(usingMyLocation || criteria.postalCode) && (
            <Button
              variant="subtle"
              onClick={() => onChange({ lat: undefined, lng: undefined, postalCode: undefined, radiusKm: undefined })}
            >
              Clear location
            </Button>
          )}
        </Group>
        {usingMyLocation && (
          <Text size="sm" role="status">
            Measuring distances from your location.
          </Text>
        )}
        {geo.state.status === 'failed' && (
          <Text size="sm" c="red.8" role="alert">
            {geo.state.message}
          </Text>
        )}
        <NativeSelect
          label="How far"
          data={radiusOptions}
          value={criteria.radiusKm === undefined ? '' : String(criteria.radiusKm)}
          disabled={!hasOrigin && !criteria.postalCode}
          description={!hasOrigin && !criteria.postalCode ? 'Enter a postal code or use your location first.' : undefined}
          onChange={(event) => onChange({ radiusKm: event.currentTarget.value ? Number(event.currentTarget.value) : undefined })}
        />
      </Stack>

      <NativeSelect
        label="Minimum pay"
        description="Hourly jobs count 2,080 hours a year."
        data={payOptions}
        value={criteria.payMin === undefined ? '' : String(criteria.payMin)}
        onChange={(event) => onChange({ payMin: event.currentTarget.value ? Number(event.currentTarget.value) : undefined })}
      />

      <NativeSelect
        label="Posted within"
        data={withCurrent([{ value: '', label: 'Any time' }, ...POSTED_WITHIN], criteria.postedWithinDays, (days) => `Last ${days} days`)}
        value={criteria.postedWithinDays === undefined ? '' : String(criteria.postedWithinDays)}
        onChange={(event) => onChange({ postedWithinDays: event.currentTarget.value ? Number(event.currentTarget.value) : undefined })}
      />
    </Stack>
  );
}

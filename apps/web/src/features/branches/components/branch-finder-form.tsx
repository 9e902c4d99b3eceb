import { Button, Group, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useGeolocation } from '../../../hooks/use-geolocation';

export interface BranchFinderFormProps {
  postalCode: string | undefined;
  postalCodeError: string | null;
  onPostalCode: (postalCode: string | undefined) => void;
  onLocated: (point: { lat: number; lng: number }) => void;
}

export function BranchFinderForm({ postalCode, postalCodeError, onPostalCode, onLocated }: BranchFinderFormProps) {
  const geo = useGeolocation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('postalCode');
    onPostalCode(typeof value === 'string' && value.trim() ? value.trim().toUpperCase() : undefined);
  };
  const locate = async () => {
    const point = await geo.locate();
    if (point) onLocated(point);
  };
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <form onSubmit={submit} key={postalCode ?? ''} aria-label="Find branches by postal code" style={{ flex: '1 1 18rem' }}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            name="postalCode"
            label="Postal code"
            defaultValue={postalCode ?? ''}
            autoComplete="postal-code"
            maxLength={10}
            error={postalCodeError ?? undefined}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Button type="submit">Find branches</Button>
        </Group>
      </form>
      <Button variant="default" onClick={() => void locate()} loading={geo.state.status === 'locating'}>
        Use my location
      </Button>
      {geo.state.status === 'failed' && (
        <Text size="sm" c="red.8" role="alert" w="100%">
          {geo.state.message}
        </Text>
      )}
    </Group>
  );
}

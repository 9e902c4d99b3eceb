import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import type { Schemas } from '@nextstep/api-client';
import type { ReactNode } from 'react';
import { formatDistance, telHref } from '../lib/format';

export interface BranchCardProps {
  branch: Schemas['BranchDto'];
  distanceKm?: number | null;
  /** Heading level inside the page's outline. */
  headingOrder?: 2 | 3 | 4;
  children?: ReactNode;
}

/** A branch office: how to call, write to or visit it, and when it is open. */
export function BranchCard({ branch, distanceKm, headingOrder = 3, children }: BranchCardProps) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={branch.name}>
      <Stack gap={6}>
        <Title order={headingOrder} size="h4">
          {branch.name}
        </Title>
        {distanceKm != null && (
          <Text size="sm" fw={600}>
            {formatDistance(distanceKm)} away
          </Text>
        )}
        <Text size="sm">
          {branch.addressLine}, {branch.city}, {branch.region} {branch.postalCode}
        </Text>
        <Text size="sm">
          Phone:{' '}
          <Anchor href={telHref(branch.phone)} aria-label={`Call ${branch.name} at ${branch.phone}`}>
            {branch.phone}
          </Anchor>
        </Text>
        <Text size="sm">
          E-mail: <Anchor href={`mailto:${branch.email}`}>{branch.email}</Anchor>
        </Text>
        <Text size="sm">Hours: {branch.openingHours}</Text>
        {children}
      </Stack>
    </Card>
  );
}

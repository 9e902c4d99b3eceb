import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Schemas } from '@nextstep/api-client';
import { useId } from 'react';
import { telHref } from '../../../lib/format';
import { describeZoneAside, formatWhen } from '../utils/time';
import { wrappingButton } from '../utils/wrapping-button';

export interface CallBranchCardProps {
  branch: Schemas['BranchCallDto'];
  headingOrder?: 3 | 4;
}

/** Shown when getting in touch is right: the number to call, and whether anyone is there right now. */
export function CallBranchCard({ branch, headingOrder = 4 }: CallBranchCardProps) {
  const headingId = useId();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={headingOrder} size="h4" id={headingId}>
          Call your branch now
        </Title>
        <OpenState branch={branch} />
        <Group>
          <Button component="a" href={telHref(branch.phone)} styles={wrappingButton}>
            Call {branch.name} at {branch.phone}
          </Button>
        </Group>
        <Text size="sm">
          Hours: {branch.openingHours} ({describeZoneAside(branch.timeZone)})
        </Text>
        <Text size="sm">
          Or write to <Anchor href={`mailto:${branch.email}`}>{branch.email}</Anchor>
        </Text>
      </Stack>
    </Card>
  );
}

function OpenState({ branch }: { branch: Schemas['BranchCallDto'] }) {
  if (branch.openNow === true) {
    return (
      <Group gap="xs">
        <Badge color="teal.9" variant="outline">
          Open now
        </Badge>
        <Text size="sm">Someone should answer if you call now.</Text>
      </Group>
    );
  }
  if (branch.openNow === false) {
    return (
      <Group gap="xs" wrap="wrap">
        <Badge color="gray.8" variant="outline">
          Closed now
        </Badge>
        <Text size="sm">
          {branch.opensAt ? `It opens ${formatWhen(branch.opensAt, branch.timeZone)}.` : 'Check the hours below before you call.'}
        </Text>
      </Group>
    );
  }
  return <Text size="sm">Check the branch's hours below before you call.</Text>;
}

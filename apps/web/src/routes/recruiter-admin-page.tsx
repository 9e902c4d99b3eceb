import { Button, Container, Grid, NavLink, Stack, Tabs, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Problem } from '../components/errors/problem';
import { AnchorLink } from '../components/links';
import { useDocumentTitle } from '../hooks/use-document-title';
import { describeError } from '../lib/api-error';
import { useSessionUser } from '../lib/session';
import { adminBranchesQuery, openQueueBoardSession } from '../features/admin/api/admin';
import { BranchEditor } from '../features/admin/components/branch-editor';
import { UsersAdmin } from '../features/admin/components/users-admin';

/** Admins only: branches, staff accounts, and the way into the queue dashboard. */
export function RecruiterAdminPage() {
  const user = useSessionUser();
  const branches = useQuery(adminBranchesQuery());
  const [branchId, setBranchId] = useState<string | null>(null);
  const board = useMutation({
    mutationFn: openQueueBoardSession,
    onSuccess: () => window.open('/api/admin/queues', '_blank', 'noopener'),
  });
  useDocumentTitle('Administration');
  const selected = branches.data?.find((b) => b.id === branchId) ?? null;
  return (
    <Container size="xl" py="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm">
            <AnchorLink to={WebRoute.recruiter}>Today</AnchorLink>
          </Text>
          <Title order={1} tabIndex={-1}>
            Administration
          </Title>
        </Stack>
        {branches.isError && <Problem error={branches.error} title="The branches could not be loaded" onRetry={() => void branches.refetch()} />}
        {branches.data && (
          <Tabs defaultValue="branches" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="branches">Branches</Tabs.Tab>
              <Tabs.Tab value="users">Staff accounts</Tabs.Tab>
              <Tabs.Tab value="queues">E-mail queues</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="branches" pt="md">
              <Grid gap="xl">
                <Grid.Col span={{ base: 12, md: 3 }}>
                  <nav aria-label="Branches">
                    <NavLink component="button" label="Add a branch" active={!selected} onClick={() => setBranchId(null)} />
                    {branches.data.map((b) => (
                      <NavLink key={b.id} component="button" label={b.name} description={b.timeZone} active={b.id === selected?.id} onClick={() => setBranchId(b.id)} />
                    ))}
                  </nav>
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 9 }}>
                  <Title order={2} size="h3" mb="sm">
                    {selected ? selected.name : 'New branch'}
                  </Title>
                  <BranchEditor key={selected?.id ?? 'new'} branch={selected} onSaved={(saved) => setBranchId(saved.id)} />
                </Grid.Col>
              </Grid>
            </Tabs.Panel>
            <Tabs.Panel value="users" pt="md">
              <UsersAdmin branches={branches.data} selfId={user?.id ?? null} />
            </Tabs.Panel>
            <Tabs.Panel value="queues" pt="md">
              <Stack gap="sm" maw={640}>
                <Text>
                  The queue dashboard shows the e-mail and maintenance queues: waiting, delayed and failed jobs. It opens in a new tab with a session of its
                  own, valid for your admin account only.
                </Text>
                <Button onClick={() => board.mutate()} loading={board.isPending} style={{ alignSelf: 'flex-start' }}>
                  Open the queue dashboard
                </Button>
                {board.isError && (
                  <Text c="red.8" role="alert">
                    {describeError(board.error)}
                  </Text>
                )}
              </Stack>
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </Container>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { Problem } from '../../../components/errors/problem';
import { describeError } from '../../../lib/api-error';
import { applyServerErrors } from '../../../lib/form-errors';
import { adminKeys, createStaffUser, setActive, staffUsersQuery, type Branch } from '../api/admin';

const schema = z
  .object({
    role: z.enum(['recruiter', 'admin']),
    branchId: z.string(),
    firstName: z.string().trim().min(1, 'Give the first name.').max(100),
    lastName: z.string().trim().min(1, 'Give the last name.').max(100),
    email: z.string().trim().email('That is not an e-mail address.'),
    password: z.string().min(10, 'At least 10 characters.'),
  })
  .refine((v) => v.role === 'admin' || v.branchId !== '', { path: ['branchId'], message: 'A recruiter works for one branch: pick it.' });
type Values = z.infer<typeof schema>;

/** Staff accounts: create a recruiter for a branch (or an admin), deactivate and reactivate. */
export function UsersAdmin({ branches, selfId }: { branches: readonly Branch[]; selfId: string | null }) {
  const queryClient = useQueryClient();
  const users = useQuery(staffUsersQuery());
  const [formError, setFormError] = useState<unknown>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { role: 'recruiter', branchId: '', firstName: '', lastName: '', email: '', password: '' } });
  const toggle = useMutation({ mutationFn: ({ id, active }: { id: string; active: boolean }) => setActive(id, active), onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.users() }) });
  const branchName = new Map(branches.map((b) => [b.id, b.name]));
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await createStaffUser({ ...values, ...(values.role === 'recruiter' ? { branchId: values.branchId } : { branchId: undefined }) });
      form.reset();
      void queryClient.invalidateQueries({ queryKey: adminKeys.users() });
    } catch (error) {
      const leftOver = applyServerErrors(error, form.setError, { fields: ['role', 'branchId', 'firstName', 'lastName', 'email', 'password'], codeFields: { EMAIL_TAKEN: 'email' } });
      if (leftOver !== null) setFormError(error);
    }
  });
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Title order={3} size="h4" mb="xs">
          New staff account
        </Title>
        <form noValidate aria-label="New staff account" onSubmit={submit}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Controller
                control={form.control}
                name="role"
                render={({ field }) => (
                  <Select
                    label="Role"
                    data={[
                      { value: 'recruiter', label: 'Recruiter' },
                      { value: 'admin', label: 'Admin' },
                    ]}
                    value={field.value}
                    onChange={(v) => v && field.onChange(v)}
                    allowDeselect={false}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="branchId"
                render={({ field }) => (
                  <Select label="Branch" data={branches.map((b) => ({ value: b.id, label: b.name }))} value={field.value || null} onChange={(v) => field.onChange(v ?? '')} searchable error={errors.branchId?.message} />
                )}
              />
              <TextInput label="E-mail" type="email" error={errors.email?.message} {...form.register('email')} />
              <TextInput label="First name" error={errors.firstName?.message} {...form.register('firstName')} />
              <TextInput label="Last name" error={errors.lastName?.message} {...form.register('lastName')} />
              <TextInput label="First password" type="password" description="They change it after signing in." autoComplete="new-password" error={errors.password?.message} {...form.register('password')} />
            </SimpleGrid>
            {formError !== null && (
              <Alert color="red" variant="light" role="alert" title="Not created">
                <Text size="sm">{describeError(formError)}</Text>
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                Create account
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {users.isError && <Problem error={users.error} title="The accounts could not be loaded" onRetry={() => void users.refetch()} />}
      {toggle.isError && <Text c="red.8" role="alert">{describeError(toggle.error)}</Text>}
      {users.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs">
            <Table.Caption>Staff accounts</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">E-mail</Table.Th>
                <Table.Th scope="col">Role and branch</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.data.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    {u.firstName} {u.lastName}
                  </Table.Td>
                  <Table.Td>{u.email}</Table.Td>
                  <Table.Td>{u.role === 'admin' ? 'Admin' : `Recruiter, ${branchName.get(u.branchId ?? '') ?? 'no branch'}`}</Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Badge variant="outline" color={u.active ? 'teal.9' : 'gray.7'}>
                        {u.active ? 'Active' : 'Deactivated'}
                      </Badge>
                      {u.id !== selfId && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => toggle.mutate({ id: u.id, active: !u.active })}
                          loading={toggle.isPending && toggle.variables?.id === u.id}
                          aria-label={`${u.active ? 'Deactivate' : 'Reactivate'} ${u.firstName} ${u.lastName}`}
                        >
                          {u.active ? 'Deactivate' : 'Reactivate'}
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

import type { Schemas } from '@nextstep/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { unwrap } from '../../../lib/api-error';

export type StaffUser = Schemas['UserDto'];
export type Branch = Schemas['BranchDto'];
export type BranchInput = Schemas['CreateBranchDto'];
export type NewStaffUser = Schemas['CreateStaffUserDto'];

export const adminKeys = {
  all: ['staff', 'admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  branches: () => [...adminKeys.all, 'branches'] as const,
};

export const staffUsersQuery = () =>
  queryOptions({
    queryKey: adminKeys.users(),
    queryFn: async () => {
      const [recruiters, admins] = await Promise.all([
        unwrap(api.GET('/api/admin/users', { params: { query: { role: 'recruiter', limit: 100 } } })),
        unwrap(api.GET('/api/admin/users', { params: { query: { role: 'admin', limit: 100 } } })),
      ]);
      return [...admins.items, ...recruiters.items];
    },
  });

export const adminBranchesQuery = () => queryOptions({ queryKey: adminKeys.branches(), queryFn: () => unwrap(api.GET('/api/branches')).then((page) => page.items) });

export function createStaffUser(body: NewStaffUser): Promise<StaffUser> {
  return unwrap(api.POST('/api/admin/users', { body }));
}

export function setActive(id: string, active: boolean): Promise<unknown> {
  return active
    ? unwrap(api.POST('/api/admin/users/{id}/reactivate', { params: { path: { id } } }))
    : unwrap(api.POST('/api/admin/users/{id}/deactivate', { params: { path: { id } } }));
}

export function createBranch(body: BranchInput): Promise<Branch> {
  return unwrap(api.POST('/api/branches', { body }));
}

export function updateBranch(id: string, body: Partial<BranchInput>): Promise<Branch> {
  return unwrap(api.PATCH('/api/branches/{id}', { params: { path: { id } }, body }));
}

/** Opens a cookie session scoped to the queue dashboard, so a plain link can show it. */
export function openQueueBoardSession(): Promise<unknown> {
  return unwrap(api.POST('/api/admin/queue-board/session'));
}

import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { branchesQuery } from '../api/console';

/** Admins pick the branch they look at; recruiters only ever see their own, so they get no switcher. */
export function BranchSwitcher({ value, onChange }: { value: string; onChange: (branchId: string) => void }) {
  const branches = useQuery(branchesQuery());
  const data = (branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));
  return (
    <Select
      label="Branch"
      data={data.length ? data : [{ value, label: 'Loading branches…' }]}
      value={value}
      onChange={(next) => next && next !== value && onChange(next)}
      allowDeselect={false}
      searchable
      w={280}
    />
  );
}

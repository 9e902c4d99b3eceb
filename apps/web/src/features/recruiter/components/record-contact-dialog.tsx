import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { consoleKeys, recordContact, type ContactChannel, type StaffSummary } from '../api/console';
import { WriteProblem } from './write-problem';

const CHANNELS: Array<{ value: ContactChannel; label: string }> = [
  { value: 'phone', label: 'Phone call' },
  { value: 'email', label: 'E-mail' },
  { value: 'in_person', label: 'In person' },
];

export interface RecordContactProps {
  application: Pick<StaffSummary, 'id' | 'version' | 'candidate' | 'job'>;
  /** Called after the contact is on record. */
  onDone?: () => void;
}

/**
 * "Record contact": the recruiter told the candidate where they stand. Asks
 * for what was said (the candidate sees it), restarts the follow-up clock.
 */
export function RecordContactButton({ application, onDone }: RecordContactProps) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [summary, setSummary] = useState('');
  const [touched, setTouched] = useState(false);
  const name = application.candidate ? `${application.candidate.firstName} ${application.candidate.lastName}` : 'the candidate';
  const save = useMutation({
    mutationFn: () => recordContact(application.id, { channel, summary: summary.trim(), version: application.version }),
    onSuccess: () => {
      setOpen(false);
      setSummary('');
      setTouched(false);
      onDone?.();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: consoleKeys.all }),
  });
  const empty = summary.trim() === '';
  return (
    <>
      <Button size="xs" variant="outline" color="blue.9" onClick={() => setOpen(true)} aria-label={`Record contact with ${name}`}>
        Record contact
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={`Record contact with ${name}`} centered>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setTouched(true);
            if (!empty) save.mutate();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">
              For {application.job.title}. Recording it restarts the candidate&apos;s follow-up clock, and the candidate sees your note with
              their application.
            </Text>
            <Select
              label="How you reached them"
              data={CHANNELS}
              value={channel}
              onChange={(value) => value && setChannel(value as ContactChannel)}
              allowDeselect={false}
            />
            <Textarea
              label="What you told them"
              description="In words the candidate will read, e.g. “The employer decides next week; we will call you on Friday.”"
              rows={3}
              maxLength={2000}
              required
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
              error={touched && empty ? 'Write what you told the candidate.' : undefined}
              data-autofocus
            />
            {save.isError && (
              <WriteProblem
                error={save.error}
                onReload={() => void queryClient.invalidateQueries({ queryKey: consoleKeys.all }).then(() => setOpen(false))}
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)} disabled={save.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                Save contact
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

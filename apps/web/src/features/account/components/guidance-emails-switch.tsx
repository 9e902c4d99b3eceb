import { Stack, Switch, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError } from '../../../lib/api-error';
import { profileKey, updateProfile, type Profile } from '../api/account';

/** Thank-you and follow-up reminders on or off; saved as soon as it is flipped. */
export function GuidanceEmailsSwitch({ profile }: { profile: Profile }) {
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (guidanceEmails: boolean) => updateProfile({ guidanceEmails }),
    onSuccess: (updated) => queryClient.setQueryData(profileKey, updated),
  });
  const checked = toggle.isPending && toggle.variables !== undefined ? toggle.variables : profile.guidanceEmails;
  return (
    <Stack gap={6}>
      <Switch
        label="Guidance e-mails"
        description="Reminders to send a thank-you note after an interview, and to call your branch when it is time. E-mails about your interviews (invitations, changes) always come."
        checked={checked}
        disabled={toggle.isPending}
        onChange={(event) => toggle.mutate(event.currentTarget.checked)}
      />
      <Text size="sm" role="status">
        {toggle.isError ? `Not saved: ${describeError(toggle.error)}` : checked ? 'Guidance e-mails are on.' : 'Guidance e-mails are off.'}
      </Text>
    </Stack>
  );
}

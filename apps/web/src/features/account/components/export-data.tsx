import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { describeError } from '../../../lib/api-error';
import { saveBlob } from '../../../lib/download';
import { exportMyData } from '../api/account';

export function ExportData() {
  const download = useMutation({
    mutationFn: exportMyData,
    onSuccess: (blob) => saveBlob(blob, `nextstep-export-${new Date().toISOString().slice(0, 10)}.json`),
  });
  return (
    <Stack gap="sm">
      <Text>
        One file (JSON) with everything Nextstep holds about you: your account and profile, your resume text, every application with its
        cover letter, interviews, history and messages, and when you signed in.
      </Text>
      <Group>
        <Button onClick={() => download.mutate()} loading={download.isPending}>
          Download my data
        </Button>
      </Group>
      {download.isSuccess && (
        <Text size="sm" role="status">
          Your file is downloading.
        </Text>
      )}
      {download.isError && (
        <Text size="sm" c="red.8" role="alert">
          The download did not work. {describeError(download.error)}
        </Text>
      )}
    </Stack>
  );
}

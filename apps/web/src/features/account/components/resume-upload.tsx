import { Alert, Button, FileInput, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorCode } from '@nextstep/contracts';
import { ApiError, describeError } from '../../../lib/api-error';
import { fieldMessage } from '../../../lib/form-errors';
import { profileKey, uploadResume, type Profile } from '../api/account';
import { checkResumeFile, formatFileSize, RESUME_ACCEPT, RESUME_LIMIT_TEXT } from '../utils/resume-file';

export interface ResumeUploadProps {
  profile: Profile;
  onUploaded?: (profile: Profile) => void;
  /** Set when the timestamp should read in the candidate's zone. */
  timeZone?: string;
}

/** Choose a file, see the limit before sending, and read any problem next to the field in words. */
export function ResumeUpload({ profile, onUploaded, timeZone }: ResumeUploadProps) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const upload = useMutation({
    mutationFn: uploadResume,
    onSuccess: (updated) => {
      queryClient.setQueryData(profileKey, updated);
      setFile(null);
      setDone(true);
      onUploaded?.(updated);
    },
    onError: (error) => setProblem(uploadProblem(error)),
  });

  const choose = (chosen: File | null) => {
    setDone(false);
    setFile(chosen);
    setProblem(chosen ? checkResumeFile(chosen) : null);
  };
  const current = profile.resumeFile;

  return (
    <Stack gap="sm">
      <Text size="sm">
        {current
          ? `Your resume on file: ${current.fileName} (${formatFileSize(current.sizeBytes)}), uploaded ${new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', ...(timeZone ? { timeZone } : {}) }).format(new Date(current.uploadedAt))}.`
          : 'You have not uploaded a resume yet.'}
      </Text>
      <form
        noValidate
        aria-label="Upload a resume"
        onSubmit={(event) => {
          event.preventDefault();
          if (!file) return setProblem('Choose a file first.');
          const invalid = checkResumeFile(file);
          if (invalid) return setProblem(invalid);
          upload.mutate(file);
        }}
      >
        <Stack gap="sm">
          <FileInput
            label={current ? 'Replace it with a new file' : 'Resume file'}
            description={`${RESUME_LIMIT_TEXT}. We read the text in it to match you with jobs.`}
            placeholder="Choose a file"
            // The placeholder is real text in a button here, so it needs body-text contrast.
            styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
            accept={RESUME_ACCEPT}
            value={file}
            onChange={choose}
            error={problem}
            clearable
          />
          <Group>
            <Button type="submit" loading={upload.isPending} disabled={file === null}>
              Upload resume
            </Button>
          </Group>
        </Stack>
      </form>
      {done && (
        <Alert color="green" variant="light" role="status" title="Resume saved">
          <Text size="sm">Your new resume is on file; applications you send from now on use it.</Text>
        </Alert>
      )}
    </Stack>
  );
}

/** The server's reason, which names the problem (too large, not a resume format, no text found). */
function uploadProblem(error: unknown): string {
  // 503 BUSY: the server is reading many resumes at once and says when to try again.
  if (error instanceof ApiError && error.status === 503 && error.code === ErrorCode.BUSY) return error.message;
  if (error instanceof ApiError && error.status < 500 && error.status !== 429) {
    const fileMessage = error.fields['file'];
    return error.message || (fileMessage ? fieldMessage('file', fileMessage) : describeError(error));
  }
  return `The upload did not work. ${describeError(error)}`;
}

import { RESUME_UPLOAD } from '@nextstep/contracts';

export const RESUME_ACCEPT = RESUME_UPLOAD.types.flatMap((type) => [type.extension, type.mimeType]).join(',');

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export const RESUME_LIMIT_TEXT = `${RESUME_UPLOAD.types
  .map((t) => t.label)
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1')} file, up to ${megabytes(RESUME_UPLOAD.maxBytes)}`;

/**
 * The checks the browser can make before sending: size and type by name or
 * declared type. The server reads the bytes and has the last word.
 */
export function checkResumeFile(file: File): string | null {
  const name = file.name.toLowerCase();
  const known = RESUME_UPLOAD.types.some((type) => name.endsWith(type.extension) || file.type === type.mimeType);
  if (!known)
    return `“${file.name}” is not a PDF, Word (.docx) or plain-text file. Save your resume in one of these formats and choose it again.`;
  if (file.size > RESUME_UPLOAD.maxBytes) {
    // Rounded up, so a file just over the limit never reads as "5 MB".
    const size = `${(Math.ceil((file.size / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
    return `“${file.name}” is ${size}, over the ${megabytes(RESUME_UPLOAD.maxBytes)} limit. Try saving it without images, or as plain text.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}

export function formatFileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : megabytes(bytes);
}

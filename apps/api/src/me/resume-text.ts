import { HttpStatus } from '@nestjs/common';
import { ApiError } from '../common/errors/api-error';
import { ErrorCode, RESUME_UPLOAD } from '@nextstep/contracts';

export const MAX_RESUME_BYTES = RESUME_UPLOAD.maxBytes;
// Enough for any real resume; the cap keeps matching and storage cheap.
const MAX_TEXT_CHARS = 100_000;

export const RESUME_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  text: 'text/plain',
} as const;

/** Reads the text of the formats that need a parser (resume-extraction/ does it in a worker thread, with limits). */
export interface DocumentReader {
  pdf(data: Buffer): Promise<string>;
  docx(data: Buffer): Promise<string>;
}

export interface ExtractedResume {
  contentType: (typeof RESUME_TYPES)[keyof typeof RESUME_TYPES];
  text: string;
}

const unsupported = () =>
  new ApiError(
    HttpStatus.BAD_REQUEST,
    ErrorCode.UNSUPPORTED_RESUME_TYPE,
    'The resume must be a PDF, a Word document (.docx) or a plain-text file.',
    { fields: { file: 'file must be a PDF, .docx or plain-text file' } },
  );

/**
 * Decides the type from the bytes, not from what the client claims, and
 * pulls out the text used for matching the resume against jobs.
 */
export async function extractResumeText(data: Buffer, declaredType: string, fileName: string, read: DocumentReader): Promise<ExtractedResume> {
  let extracted: ExtractedResume;
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    extracted = { contentType: RESUME_TYPES.pdf, text: await read.pdf(data) };
  } else if (data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && (declaredType === RESUME_TYPES.docx || /\.docx$/i.test(fileName))) {
    extracted = { contentType: RESUME_TYPES.docx, text: await read.docx(data) };
  } else if (declaredType.startsWith('text/plain') || /\.txt$/i.test(fileName)) {
    extracted = { contentType: RESUME_TYPES.text, text: readText(data) };
  } else {
    throw unsupported();
  }
  const text = extracted.text.replace(/\r\n?/g, '\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) {
    throw new ApiError(
      HttpStatus.BAD_REQUEST,
      ErrorCode.RESUME_HAS_NO_TEXT,
      'We could not find any text in this file. If it is a scan, upload the original document or a plain-text version instead.',
      { fields: { file: 'file contains no readable text' } },
    );
  }
  return { contentType: extracted.contentType, text: text.slice(0, MAX_TEXT_CHARS) };
}

function readText(data: Buffer): string {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw unsupported();
  return text;
}

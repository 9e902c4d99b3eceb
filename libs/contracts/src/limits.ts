/**
 * Input limits the API enforces and the web client states before a user
 * hits them (the cover letter's live counter, the resume picker's 5 MB
 * note). One place, so the form and the server can never disagree.
 */

/** Cover letters are counted after trimming surrounding white space. */
export const COVER_LETTER = Object.freeze({ minChars: 50, maxChars: 10_000 });

/** Messages and thank-you notes a candidate sends to their branch. */
export const CANDIDATE_MESSAGE = Object.freeze({ minChars: 10, maxChars: 5_000 });

export const RESUME_UPLOAD = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  /** The types the API reads text from; it decides by the file's bytes, these are what a picker offers. */
  types: Object.freeze([
    { label: 'PDF', extension: '.pdf', mimeType: 'application/pdf' },
    { label: 'Word (.docx)', extension: '.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    { label: 'plain text', extension: '.txt', mimeType: 'text/plain' },
  ] as const),
});

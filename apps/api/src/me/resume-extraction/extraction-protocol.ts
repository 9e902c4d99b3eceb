/** What the API sends the process that reads a document, and what comes back (over IPC, structured clone). */

export type DocumentKind = 'pdf' | 'docx';

/** Enough for any real resume (the API keeps no more), so the reply stays small. */
export const MAX_TEXT_CHARS = 200_000;

export interface ExtractionLimits {
  /** Everything the file's compressed parts may unpack to, together. */
  maxInflatedBytes: number;
  maxPages: number;
}

export interface ExtractionRequest {
  kind: DocumentKind;
  data: Uint8Array;
  limits: ExtractionLimits;
}

export type ExtractionReply =
  | { ok: true; text: string }
  | { ok: false; reason: 'inflated' }
  | { ok: false; reason: 'pages'; pages: number }
  | { ok: false; reason: 'unreadable' };

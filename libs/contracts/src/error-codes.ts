/**
 * Stable machine-readable codes in API error bodies (`code`). The API throws
 * them and the web client branches on them, so a value is never renamed, only
 * added. The guidance's own refusal codes (APPLICATION_STAGE, ...) live with
 * its rules in @nextstep/guidance.
 */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_REQUEST: 'MALFORMED_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL: 'INTERNAL',
  /** 415: a route that reads a body reads JSON only (cross-site forms cannot send it). */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** 403: a request with cookies from another site's page. */
  ORIGIN_REFUSED: 'ORIGIN_REFUSED',
  /** 503: the API is at capacity for this kind of work; Retry-After says when to try again. */
  BUSY: 'BUSY',
  // Accounts
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  REFRESH_INVALID: 'REFRESH_INVALID',
  REFRESH_REUSED: 'REFRESH_REUSED',
  CANNOT_DEACTIVATE_SELF: 'CANNOT_DEACTIVATE_SELF',
  CANDIDATE_ONLY: 'CANDIDATE_ONLY',
  /** The link of a password-reset e-mail is unknown, used or expired. */
  RESET_TOKEN_INVALID: 'RESET_TOKEN_INVALID',
  /** The link of an address-verification e-mail is unknown, used or expired. */
  VERIFICATION_TOKEN_INVALID: 'VERIFICATION_TOKEN_INVALID',
  EMAIL_ALREADY_VERIFIED: 'EMAIL_ALREADY_VERIFIED',
  /** A new password must differ from the current one. */
  PASSWORD_UNCHANGED: 'PASSWORD_UNCHANGED',
  // Resumes
  RESUME_TOO_LARGE: 'RESUME_TOO_LARGE',
  RESUME_UNREADABLE: 'RESUME_UNREADABLE',
  RESUME_HAS_NO_TEXT: 'RESUME_HAS_NO_TEXT',
  UNSUPPORTED_RESUME_TYPE: 'UNSUPPORTED_RESUME_TYPE',
  /** The file is over a reading limit; `limit` names it (decompressedSize, pages, time or memory). */
  RESUME_LIMIT_EXCEEDED: 'RESUME_LIMIT_EXCEEDED',
  // Job board
  POSTAL_CODE_UNKNOWN: 'POSTAL_CODE_UNKNOWN',
  INVALID_CURSOR: 'INVALID_CURSOR',
  BRANCH_NOT_FOUND: 'BRANCH_NOT_FOUND',
  COMPANY_NOT_FOUND: 'COMPANY_NOT_FOUND',
  INVALID_PAY_RANGE: 'INVALID_PAY_RANGE',
  JOB_STATUS_CHANGE_REFUSED: 'JOB_STATUS_CHANGE_REFUSED',
  /** 503: too many searches are running or waiting on this instance; Retry-After says when to try again. */
  SEARCH_BUSY: 'SEARCH_BUSY',
  /** 503: the search ran past SEARCH_STATEMENT_TIMEOUT_MS and was stopped; Retry-After says when to try again. */
  SEARCH_TIMEOUT: 'SEARCH_TIMEOUT',
  // Applications and interviews
  ALREADY_APPLIED: 'ALREADY_APPLIED',
  JOB_NOT_OPEN: 'JOB_NOT_OPEN',
  APPLICATION_CLOSED: 'APPLICATION_CLOSED',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  STALE_VERSION: 'STALE_VERSION',
  INTERVIEW_NOT_SCHEDULED: 'INTERVIEW_NOT_SCHEDULED',
  USE_INTERVIEW_ROUTES: 'USE_INTERVIEW_ROUTES',
  // Job alerts
  JOB_ALERT_LIMIT_REACHED: 'JOB_ALERT_LIMIT_REACHED',
  JOB_ALERT_LINK_EXPIRED: 'JOB_ALERT_LINK_EXPIRED',
  JOB_ALERT_LINK_USED: 'JOB_ALERT_LINK_USED',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly ErrorCode[] = Object.freeze(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

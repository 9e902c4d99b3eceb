/**
 * Stable machine-readable codes in API error bodies (`code`), each with what it
 * means. This is the one list: `ErrorCode`, `ERROR_CODES` and `isErrorCode`
 * come from it, and the API's OpenAPI document quotes the descriptions for the
 * codes each route can refuse with (`ApiConflictCodes`). The API throws them and
 * the web client branches on them, so a code is never renamed, only added. The
 * guidance's own refusal codes (APPLICATION_STAGE, ...) live with its rules in
 * @nextstep/guidance.
 */
export const ERROR_CODE_DESCRIPTIONS = Object.freeze({
  VALIDATION_FAILED: 'A field or query parameter is invalid; `fields` gives the message for each one.',
  MALFORMED_REQUEST: 'The request cannot be read, e.g. its body is not valid JSON.',
  NOT_FOUND: 'There is no such resource, or it is not yours to see.',
  PAYLOAD_TOO_LARGE: 'The request body is over the size limit.',
  RATE_LIMITED: 'Too many requests; Retry-After says when to try again.',
  UNAUTHENTICATED: 'There is no valid access token: sign in (again).',
  FORBIDDEN: 'Signed in, but your role or branch may not do this.',
  INTERNAL: 'Something failed on the server; the answer reveals nothing more.',
  UNSUPPORTED_MEDIA_TYPE: 'A route that reads a body reads JSON only (cross-site forms cannot send it).',
  ORIGIN_REFUSED: "A request with cookies from another site's page.",
  BUSY: 'The API is at capacity for this kind of work; Retry-After says when to try again.',
  // Accounts
  INVALID_CREDENTIALS: 'The e-mail address or password is not correct.',
  WEAK_PASSWORD: 'The password does not meet the password rules; the message says why.',
  EMAIL_TAKEN: 'An account with this e-mail address exists already.',
  REFRESH_INVALID: 'The session is unknown, expired or closed: sign in again.',
  REFRESH_REUSED: 'A session token was used a second time, so the session was closed: sign in again.',
  CANNOT_DEACTIVATE_SELF: 'An admin cannot deactivate their own account.',
  CANDIDATE_ONLY: 'Only the candidate can do this (withdraw an application).',
  RESET_TOKEN_INVALID: 'The link of a password-reset e-mail is unknown, used or expired.',
  VERIFICATION_TOKEN_INVALID: 'The link of an address-verification e-mail is unknown, used or expired.',
  EMAIL_ALREADY_VERIFIED: 'The e-mail address is confirmed already.',
  PASSWORD_UNCHANGED: 'A new password must differ from the current one.',
  // Resumes
  RESUME_TOO_LARGE: 'The resume file is over the upload size limit.',
  RESUME_UNREADABLE: 'The resume file cannot be read; it may be damaged or password-protected.',
  RESUME_HAS_NO_TEXT: 'The resume file has no readable text, e.g. a scan.',
  UNSUPPORTED_RESUME_TYPE: 'The resume is not a PDF, a Word document (.docx) or a plain-text file.',
  RESUME_LIMIT_EXCEEDED: 'The file is over a reading limit; `limit` names it (decompressedSize, pages, time or memory).',
  // Job board
  POSTAL_CODE_UNKNOWN: 'We do not know where this postal code is; search with lat and lng instead.',
  INVALID_CURSOR: 'The page cursor is malformed, altered, or belongs to another list.',
  BRANCH_NOT_FOUND: '`branchId` names no branch.',
  COMPANY_NOT_FOUND: '`companyId` names no company.',
  INVALID_PAY_RANGE: '`payMinCents` exceeds `payMaxCents`.',
  JOB_STATUS_CHANGE_REFUSED: 'The job cannot make this status change: a closed or filled job does not go back to draft, and a draft is not closed.',
  SEARCH_BUSY: 'Too many searches are running or waiting on this instance; Retry-After says when to try again.',
  SEARCH_TIMEOUT: 'The search ran past SEARCH_STATEMENT_TIMEOUT_MS and was stopped; Retry-After says when to try again.',
  // Applications and interviews
  ALREADY_APPLIED: 'The candidate has applied to this job already; `applicationId` names that application when known.',
  JOB_NOT_OPEN: 'The job is no longer taking applications.',
  APPLICATION_CLOSED: 'The application is hired, rejected or withdrawn, so it takes no more contacts or interviews.',
  INVALID_TRANSITION: 'The pipeline does not allow this stage change; `from` and `to` name it.',
  STALE_VERSION: 'Someone changed the application since the `version` you sent: reload it and try again.',
  INTERVIEW_NOT_SCHEDULED: 'The interview is cancelled or completed, so it can no longer be changed, cancelled, completed or added to a calendar.',
  USE_INTERVIEW_ROUTES: 'interview_scheduled and interviewed are reached by scheduling or completing an interview, not by a transition.',
  // Job alerts
  JOB_ALERT_LIMIT_REACHED: 'You already have the most job alerts one person can keep; delete one first.',
  JOB_ALERT_LINK_EXPIRED: 'The confirmation link has expired; create the alert again to get a new one.',
  JOB_ALERT_LINK_USED: 'The confirmation link was used already: the alert is confirmed.',
} as const satisfies Record<string, string>);

export type ErrorCode = keyof typeof ERROR_CODE_DESCRIPTIONS;

export const ERROR_CODES: readonly ErrorCode[] = Object.freeze(Object.keys(ERROR_CODE_DESCRIPTIONS) as ErrorCode[]);

/** Each code by its own name, e.g. `ErrorCode.EMAIL_TAKEN === 'EMAIL_TAKEN'`, so callers write no string literals. */
export const ErrorCode: { readonly [Code in ErrorCode]: Code } = Object.freeze(
  // Object.fromEntries cannot know that every key maps to itself; the map above says it.
  Object.fromEntries(ERROR_CODES.map((code) => [code, code])) as { [Code in ErrorCode]: Code },
);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

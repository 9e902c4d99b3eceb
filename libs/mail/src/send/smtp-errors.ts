/**
 * Whether a failed send is worth retrying. The worker retries transient
 * failures with backoff and marks permanent ones failed at once, so a wrong
 * answer either loses an e-mail (transient called permanent) or wastes a few
 * attempts (the reverse). When in doubt the answer is therefore transient.
 */
export type SmtpErrorClass = 'transient' | 'permanent';

/** Thrown by the SMTP sender: the original error plus its classification. */
export class MailSendError extends Error {
  override readonly name = 'MailSendError';

  constructor(
    message: string,
    readonly classification: SmtpErrorClass,
    readonly responseCode: number | null,
    readonly code: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Failures of the connection or the server, not of this message: another attempt may well succeed. */
const TRANSIENT_CODES = new Set([
  'ECONNECTION', // nodemailer: connection closed unexpectedly
  'ETIMEDOUT', // connect, greeting or socket timeout
  'ESOCKET',
  'EDNS',
  'EPROTOCOL', // garbled or missing greeting
  'ETLS',
  'EMAXLIMIT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** Problems with the message, its addresses or our configuration: repeating changes nothing. */
const PERMANENT_CODES = new Set(['EENVELOPE', 'EMESSAGE', 'ECONFIG', 'EAUTH', 'ENOAUTH', 'EMAXRECIPIENTS']);

function field(error: object, key: string): unknown {
  return (error as Record<string, unknown>)[key];
}

export function classifySmtpError(error: unknown): SmtpErrorClass {
  if (error instanceof MailSendError) return error.classification;
  if (typeof error !== 'object' || error === null) return 'transient';
  const responseCode = field(error, 'responseCode');
  if (typeof responseCode === 'number') {
    if (responseCode >= 400 && responseCode < 500) return 'transient';
    // 503 "bad sequence of commands" is about the session's state, not the
    // message: a fresh connection can deliver it (nodemailer agrees).
    if (responseCode >= 500 && responseCode < 600 && responseCode !== 503) return 'permanent';
  }
  const code = field(error, 'code');
  if (typeof code === 'string') {
    if (TRANSIENT_CODES.has(code)) return 'transient';
    if (PERMANENT_CODES.has(code)) return 'permanent';
  }
  const cause = field(error, 'cause');
  return cause && cause !== error ? classifySmtpError(cause) : 'transient';
}

import { createTransport } from 'nodemailer';
import { headerSafe } from '../render/header-safe';
import type { MailAddress, MailSender, OutgoingEmail } from './mail-sender';
import { classifySmtpError, MailSendError } from './smtp-errors';

export interface SmtpSenderOptions {
  /** e.g. `smtp://127.0.0.1:1025` or `smtps://user:pass@smtp.example.com`. */
  smtpUrl: string;
  /** `Nextstep <no-reply@nextstep.local>` or an address object. */
  from: string | MailAddress;
  /** Reuse connections across sends (default on: a worker sends many e-mails). */
  pool?: boolean;
  maxConnections?: number;
  /** Milliseconds; defaults suit a real relay, tests shorten them. */
  timeouts?: { connection?: number; greeting?: number; socket?: number };
}

/** Headers the sender sets itself; a caller overriding them would break the message. */
const RESERVED_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'sender',
  'reply-to',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
]);
const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]*$/;
// Not a full RFC 5321 check: just no whitespace or control characters, so an
// address can never carry a second header or a second recipient.
const PLAIN_ADDRESS = /^[^\s<>()",;\\@]+@[^\s<>()",;\\@]+$/;

function invalid(message: string): MailSendError {
  return new MailSendError(message, 'permanent', null, 'EMESSAGE');
}

function address(value: MailAddress, field: string): { name: string; address: string } {
  if (!PLAIN_ADDRESS.test(value.email)) throw invalid(`Invalid ${field} e-mail address`);
  return { name: headerSafe(value.name), address: value.email };
}

function addresses(value: MailAddress | readonly MailAddress[], field: string): Array<{ name: string; address: string }> {
  const list: readonly MailAddress[] = Array.isArray(value) ? value : [value as MailAddress];
  if (!list.length) throw invalid(`No ${field} address`);
  return list.map((one) => address(one, field));
}

function extraHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const safe: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) {
      throw invalid(`Header "${headerSafe(name)}" cannot be set by the caller`);
    }
    safe[name] = headerSafe(value);
  }
  return safe;
}

export function createSmtpSender(options: SmtpSenderOptions): MailSender {
  const transporter = createTransport({
    url: options.smtpUrl,
    pool: options.pool ?? true,
    maxConnections: options.maxConnections ?? 5,
    connectionTimeout: options.timeouts?.connection ?? 10_000,
    greetingTimeout: options.timeouts?.greeting ?? 10_000,
    socketTimeout: options.timeouts?.socket ?? 60_000,
  });
  const from = typeof options.from === 'string' ? headerSafe(options.from) : address(options.from, 'from');

  return {
    async send(message: OutgoingEmail): Promise<{ messageId: string }> {
      const { rendered } = message;
      const mail = {
        from,
        to: addresses(message.to, 'to'),
        ...(message.cc?.length ? { cc: addresses(message.cc, 'cc') } : {}),
        ...(message.replyTo ? { replyTo: address(message.replyTo, 'replyTo') } : {}),
        subject: headerSafe(rendered.subject),
        html: rendered.html,
        text: rendered.text,
        attachments: rendered.attachments.map((attachment) => ({
          filename: headerSafe(attachment.filename),
          content: attachment.content,
          contentType: headerSafe(attachment.contentType),
        })),
        headers: extraHeaders(message.headers),
        ...(message.messageId ? { messageId: headerSafe(message.messageId) } : {}),
      };
      try {
        const info = await transporter.sendMail(mail);
        return { messageId: info.messageId };
      } catch (error) {
        const details = error as { message?: unknown; responseCode?: unknown; code?: unknown };
        throw new MailSendError(
          `SMTP send failed: ${typeof details.message === 'string' ? details.message : String(error)}`,
          classifySmtpError(error),
          typeof details.responseCode === 'number' ? details.responseCode : null,
          typeof details.code === 'string' ? details.code : null,
          { cause: error },
        );
      }
    },
    async close(): Promise<void> {
      transporter.close();
    },
  };
}

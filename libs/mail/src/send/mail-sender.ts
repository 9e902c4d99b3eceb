import type { RenderedEmail } from '../email-data';

export interface MailAddress {
  name: string;
  email: string;
}

export interface OutgoingEmail {
  /** One person, or several (e.g. a branch's recruiters). */
  to: MailAddress | readonly MailAddress[];
  cc?: readonly MailAddress[];
  /** Where answers go, e.g. the candidate whose note the agency delivers. */
  replyTo?: MailAddress;
  rendered: RenderedEmail;
  /** Extra headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058). */
  headers?: Record<string, string>;
  /**
   * `<id@host>`; pass a stable one (e.g. from the scheduled e-mail's id) so a
   * resend after a crash carries the same Message-ID and can be recognised.
   */
  messageId?: string;
}

/** The one way the project sends mail; callers never touch nodemailer. */
export interface MailSender {
  send(message: OutgoingEmail): Promise<{ messageId: string }>;
  /** Closes pooled connections; call on shutdown. */
  close(): Promise<void>;
}

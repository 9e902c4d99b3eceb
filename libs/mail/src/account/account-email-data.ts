import type { EmailLinks } from '../email-data';

/*
 * E-mails about the account itself: sent at once by the API (not scheduled
 * by the worker), to whoever owns the address, and never unsubscribable,
 * since each one is the only way to do what it offers or a security notice.
 */

export const ACCOUNT_EMAIL_KINDS = Object.freeze(['password_reset', 'verify_email', 'password_changed'] as const);
export type AccountEmailKind = (typeof ACCOUNT_EMAIL_KINDS)[number];

export function isAccountEmailKind(value: string): value is AccountEmailKind {
  return (ACCOUNT_EMAIL_KINDS as readonly string[]).includes(value);
}

export interface AccountRecipient {
  firstName: string;
  email: string;
  /** IANA zone; times in the e-mail are shown in it. */
  timeZone: string;
}

/** A single-use link and when it stops working. */
export interface AccountLinkEmailData {
  recipient: AccountRecipient;
  /** Absolute URL carrying the token. */
  link: string;
  requestedAt: Date;
  expiresAt: Date;
  links: EmailLinks;
}

export interface PasswordChangedData {
  recipient: AccountRecipient;
  changedAt: Date;
  /** `resetPassword`: the page that sends a new reset link, for someone whose password was changed by another. */
  links: EmailLinks & { resetPassword: string };
}

export interface AccountEmailDataMap {
  password_reset: AccountLinkEmailData;
  verify_email: AccountLinkEmailData;
  password_changed: PasswordChangedData;
}

import type { EmailView } from '../render/email-definitions';
import { absoluteUrl } from '../render/view-parts';
import type {
  AccountEmailDataMap,
  AccountEmailKind,
  AccountLinkEmailData,
  AccountRecipient,
  PasswordChangedData,
} from './account-email-data';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "30 minutes", "2 hours", "3 days": how long a link works, as people say it. */
export function describeValidity(from: Date, until: Date): string {
  const minutes = Math.round((until.getTime() - from.getTime()) / 60_000);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError('A link must expire after it was requested');
  const say = (n: number, unit: string) => `${n <= 12 ? NUMBER_WORDS[n] : String(n)} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 120) return say(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 72) return say(hours, 'hour');
  return say(Math.round(hours / 24), 'day');
}

function recipientView(recipient: AccountRecipient): AccountRecipient {
  return { firstName: recipient.firstName.trim(), email: recipient.email.trim(), timeZone: recipient.timeZone };
}

function footer(reason: string, portal: string): EmailView['footer'] {
  return { forCandidate: false, reason, jobTitle: null, branchName: '', unsubscribe: null, portal: absoluteUrl(portal, 'links.portal') };
}

function linkView(data: AccountLinkEmailData, reason: string): EmailView {
  return {
    recipient: recipientView(data.recipient),
    link: absoluteUrl(data.link, 'link'),
    expiresAt: data.expiresAt,
    validFor: describeValidity(data.requestedAt, data.expiresAt),
    footer: footer(reason, data.links.portal),
  };
}

export const ACCOUNT_EMAIL_DEFINITIONS = {
  password_reset: {
    view: (data: AccountLinkEmailData): EmailView =>
      linkView(data, 'someone asked to reset the password of the Nextstep account that uses this e-mail address.'),
    attachments: () => [],
  },
  verify_email: {
    view: (data: AccountLinkEmailData): EmailView => linkView(data, 'this e-mail address was used to create a Nextstep account.'),
    attachments: () => [],
  },
  password_changed: {
    view: (data: PasswordChangedData): EmailView => ({
      recipient: recipientView(data.recipient),
      changedAt: data.changedAt,
      links: { resetPassword: absoluteUrl(data.links.resetPassword, 'links.resetPassword') },
      footer: footer('the password of the Nextstep account that uses this e-mail address was changed.', data.links.portal),
    }),
    attachments: () => [],
  },
};

const SAMPLE_RECIPIENT: AccountRecipient = { firstName: 'Maria', email: 'maria.lopez@example.com', timeZone: 'America/Chicago' };

export const ACCOUNT_EMAIL_SAMPLES: { [K in AccountEmailKind]: () => AccountEmailDataMap[K] } = {
  password_reset: () => ({
    recipient: { ...SAMPLE_RECIPIENT },
    link: 'https://nextstep.example/reset-password?token=sample-reset-token',
    requestedAt: new Date('2026-12-01T20:00:00Z'),
    expiresAt: new Date('2026-12-01T20:30:00Z'),
    links: { portal: 'https://nextstep.example/' },
  }),
  verify_email: () => ({
    recipient: { ...SAMPLE_RECIPIENT },
    link: 'https://nextstep.example/verify-email?token=sample-verify-token',
    requestedAt: new Date('2026-12-01T20:00:00Z'),
    expiresAt: new Date('2026-12-03T20:00:00Z'),
    links: { portal: 'https://nextstep.example/' },
  }),
  password_changed: () => ({
    recipient: { ...SAMPLE_RECIPIENT },
    changedAt: new Date('2026-12-01T20:05:00Z'),
    links: { portal: 'https://nextstep.example/', resetPassword: 'https://nextstep.example/reset-password' },
  }),
};

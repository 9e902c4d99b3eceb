import { readCaughtEmails, type CaughtEmail } from '@nextstep/mail';
import { inject } from 'vitest';

/** An e-mail as the run's SMTP server (the embedded MailDev) recorded it. */
export type Email = CaughtEmail;

/** Every message the worker sent in this run, read from the in-process MailDev's REST API (newest first). */
export function messages(): Promise<Email[]> {
  return readCaughtEmails(inject('e2e').mailboxUrl);
}

/**
 * Waits until a message matches, e.g.
 * `await waitForEmail((m) => m.to.includes(email) && /thank-you/i.test(m.subject))`.
 * Polls the mailbox (a condition, not a fixed sleep) and fails with what did arrive.
 */
export async function waitForEmail(match: (message: Email) => boolean, timeoutMs = 30_000): Promise<Email> {
  const deadline = Date.now() + timeoutMs;
  let seen: Email[] = [];
  while (Date.now() < deadline) {
    seen = await messages();
    const found = seen.find(match);
    if (found) return found;
    await new Promise((tick) => setTimeout(tick, 250));
  }
  throw new Error(`no matching e-mail within ${timeoutMs} ms; received: ${seen.map((m) => `${m.to} "${m.subject}"`).join('; ') || 'none'}`);
}

/** The links of an e-mail's HTML, e.g. to open "Review and send your note" in the browser. */
export function linksOf(message: Email): { text: string; href: string }[] {
  const links: { text: string; href: string }[] = [];
  const pattern = /<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi;
  for (let match = pattern.exec(message.html ?? ''); match; match = pattern.exec(message.html ?? '')) {
    links.push({ href: (match[1] ?? '').replace(/&amp;/g, '&'), text: (match[2] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() });
  }
  return links;
}

import { describe, expect, it } from 'vitest';
import { MailRenderer } from '../render/mail-renderer';
import { sampleEmailData } from '../samples';
import { describeValidity } from './account-emails';

const renderer = MailRenderer.load();

describe('account e-mails', () => {
  it('say how long a link works in words', () => {
    const from = new Date('2026-12-01T20:00:00Z');
    const after = (minutes: number) => describeValidity(from, new Date(from.getTime() + minutes * 60_000));
    expect(after(1)).toBe('one minute');
    expect(after(10)).toBe('ten minutes');
    expect(after(30)).toBe('30 minutes');
    expect(after(180)).toBe('three hours');
    expect(after(48 * 60)).toBe('48 hours');
    expect(after(7 * 24 * 60)).toBe('seven days');
    expect(() => after(0)).toThrow(RangeError);
  });

  it('are transactional: no unsubscribe link, and the footer says why the address got it', () => {
    for (const kind of ['password_reset', 'verify_email', 'password_changed'] as const) {
      const email = renderer.render(kind, sampleEmailData(kind));
      expect(email.text).not.toMatch(/unsubscribe/i);
      expect(email.text).toMatch(/Why you got this: .*(password|e-mail address)/);
    }
  });

  it('put the link in both versions, and refuse a link that is not absolute', () => {
    const data = sampleEmailData('password_reset');
    const email = renderer.render('password_reset', data);
    // Handlebars writes "=" in attributes as &#x3D;, which every mail client reads back as "=".
    expect(email.html.replaceAll('&#x3D;', '=')).toContain('href="https://nextstep.example/reset-password?token=sample-reset-token"');
    expect(email.text).toContain('https://nextstep.example/reset-password?token=sample-reset-token');
    expect(() => renderer.render('password_reset', { ...data, link: '/reset-password?token=x' })).toThrow(/absolute URL/);
  });

  it('show the expiry in the recipient’s own time zone', () => {
    const data = sampleEmailData('password_reset');
    data.recipient.timeZone = 'Europe/Berlin';
    expect(renderer.render('password_reset', data).text).toContain('Tuesday, December 1, 2026 at 9:30 PM GMT+1');
  });
});

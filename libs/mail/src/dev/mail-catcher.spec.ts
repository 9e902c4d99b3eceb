import { afterEach, describe, expect, it } from 'vitest';
import { MailRenderer } from '../render/mail-renderer';
import { sampleEmailData } from '../samples';
import { createSmtpSender } from '../send/smtp-sender';
import { startMailCatcher, type MailCatcher } from './mail-catcher';

const renderer = MailRenderer.load();
let catcher: MailCatcher | undefined;
afterEach(async () => {
  await catcher?.close();
  catcher = undefined;
});

async function sendTo(smtpUrl: string, firstName: string): Promise<void> {
  const sender = createSmtpSender({ smtpUrl, from: 'Nextstep <no-reply@nextstep.local>', pool: false });
  const data = sampleEmailData('interview_confirmation');
  data.candidate.firstName = firstName;
  data.job.title = `Supervisor for ${firstName}`;
  try {
    await sender.send({
      to: { name: firstName, email: 'maria.lopez@example.com' },
      rendered: renderer.render('interview_confirmation', data),
    });
  } finally {
    await sender.close();
  }
}

describe('startMailCatcher', () => {
  it('catches a message and lists it on its web page, showing the HTML only in a sandboxed iframe', async () => {
    catcher = await startMailCatcher();
    await sendTo(catcher.smtpUrl, '<b>Maria</b>');

    const list = await fetch(catcher.webUrl);
    expect(list.status).toBe(200);
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
    const listHtml = await list.text();
    expect(listHtml).toContain('Caught e-mails (1)');
    expect(listHtml).toContain('Interview confirmed: Supervisor for &lt;b&gt;Maria&lt;/b&gt; on Tuesday, December 1, 2026');
    expect(listHtml).toContain('maria.lopez@example.com');
    expect(listHtml).not.toContain('<b>Maria</b>');

    const [message] = catcher.messages();
    expect(message?.attachments).toEqual([expect.objectContaining({ filename: 'interview.ics', contentType: 'text/calendar' })]);
    const detail = await (await fetch(new URL(`/messages/${message?.id}`, catcher.webUrl))).text();
    const iframe = /<iframe sandbox="" title="HTML body" srcdoc="([^"]*)"><\/iframe>/.exec(detail);
    expect(iframe?.[1]).toContain('&lt;!DOCTYPE html&gt;');
    // Inside srcdoc the e-mail's own escaping is escaped once more.
    expect(iframe?.[1]).toContain('Hello &amp;lt;b&amp;gt;Maria&amp;lt;/b&amp;gt;,');
    expect(detail).toContain('Hello &lt;b&gt;Maria&lt;/b&gt;,');
    expect((await fetch(new URL('/messages/999', catcher.webUrl))).status).toBe(404);
  });

  it('keeps only the newest messages', async () => {
    catcher = await startMailCatcher({ maxMessages: 2 });
    for (const name of ['Ann', 'Ben', 'Cat']) await sendTo(catcher.smtpUrl, name);
    const listed = (await (await fetch(new URL('/api/messages', catcher.webUrl))).json()) as { subject: string }[];
    expect(listed.map((message) => message.subject.split(' on ')[0])).toEqual([
      'Interview confirmed: Supervisor for Cat',
      'Interview confirmed: Supervisor for Ben',
    ]);
  });
});

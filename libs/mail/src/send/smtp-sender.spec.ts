import { afterEach, describe, expect, it } from 'vitest';
import { MailRenderer } from '../render/mail-renderer';
import { sampleEmailData } from '../samples';
import { closedPort, startSmtpSink, type SmtpReply, type SmtpSink } from '../testing/smtp-sink';
import type { MailSender } from './mail-sender';
import { classifySmtpError, MailSendError } from './smtp-errors';
import { createSmtpSender } from './smtp-sender';

const renderer = MailRenderer.load();
const FROM = 'Nextstep <no-reply@nextstep.local>';
const UNSUBSCRIBE = 'https://nextstep.example/api/unsubscribe/abc.def';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});

async function sinkAndSender(reply?: (attempt: number) => SmtpReply | null): Promise<{ sink: SmtpSink; sender: MailSender }> {
  const sink = await startSmtpSink({ reply });
  cleanup.push(() => sink.close());
  const sender = createSmtpSender({ smtpUrl: sink.url, from: FROM, timeouts: { connection: 1_000, greeting: 1_000, socket: 2_000 } });
  cleanup.push(() => sender.close());
  return { sink, sender };
}

/** The header block of a raw message, each folded header on one line. */
function headerLines(raw: string): string[] {
  const [head = ''] = raw.split(/\r?\n\r?\n/);
  return head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
}

describe('createSmtpSender against a real SMTP server', () => {
  it('delivers the rendered e-mail with its List-Unsubscribe headers, Message-ID and .ics attachment', async () => {
    const { sink, sender } = await sinkAndSender();
    const rendered = renderer.render('interview_confirmation', sampleEmailData('interview_confirmation'));
    const result = await sender.send({
      to: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
      rendered,
      headers: { 'List-Unsubscribe': `<${UNSUBSCRIBE}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      messageId: '<scheduled-email-17@nextstep.local>',
    });
    expect(result.messageId).toBe('<scheduled-email-17@nextstep.local>');

    const [email] = await sink.waitForMessages(1);
    const parsed = email?.parsed;
    expect(email?.envelope).toEqual({ from: 'no-reply@nextstep.local', to: ['maria.lopez@example.com'] });
    expect(parsed?.subject).toBe(rendered.subject);
    expect(parsed?.messageId).toBe('<scheduled-email-17@nextstep.local>');
    expect(parsed?.from?.value).toEqual([{ name: 'Nextstep', address: 'no-reply@nextstep.local' }]);
    const headers = headerLines(email?.raw ?? '');
    expect(headers).toContain(`List-Unsubscribe: <${UNSUBSCRIBE}>`);
    expect(headers).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(parsed?.html).toContain('Daniel Okafor');
    expect(parsed?.text).toContain('Tuesday, December 1, 2026 at 2:00 PM CST');

    const ics = parsed?.attachments.find((attachment) => attachment.filename === 'interview.ics');
    expect(ics?.contentType).toBe('text/calendar');
    expect(ics?.content.toString('utf8')).toContain('METHOD:REQUEST');
    expect(email?.raw).toMatch(/Content-Type: text\/calendar; method=REQUEST/);
  });

  it('sends to several people with copies and a Reply-To, e.g. a note delivered for a candidate', async () => {
    const { sink, sender } = await sinkAndSender();
    await sender.send({
      to: [{ name: 'Daniel Okafor', email: 'daniel@northwind.example' }],
      cc: [
        { name: 'Priya Raman', email: 'priya@nextstep.example' },
        { name: 'Sam Ortiz', email: 'sam@nextstep.example' },
      ],
      replyTo: { name: 'Maria Lopez', email: 'maria.lopez@example.com' },
      rendered: renderer.render('thank_you_note', sampleEmailData('thank_you_note')),
    });
    const [email] = await sink.waitForMessages(1, 5_000);
    expect(email?.envelope.to.sort()).toEqual(['daniel@northwind.example', 'priya@nextstep.example', 'sam@nextstep.example']);
    const headers = headerLines(email?.raw ?? '');
    expect(headers).toContain('Reply-To: Maria Lopez <maria.lopez@example.com>');
    expect(headers.find((line) => line.startsWith('Cc: '))).toBe('Cc: Priya Raman <priya@nextstep.example>, Sam Ortiz <sam@nextstep.example>');
    await expect(sender.send({ to: [], rendered: renderer.render('thank_you_note', sampleEmailData('thank_you_note')) })).rejects.toThrow(/No to address/);
    await expect(
      sender.send({ to: { name: 'A', email: 'a@example.com' }, replyTo: { name: 'x', email: 'a@b.c\r\nBcc: evil@example.com' }, rendered: renderer.render('thank_you_note', sampleEmailData('thank_you_note')) }),
    ).rejects.toThrow(/Invalid replyTo/);
  });

  it('a candidate named <script> or with CR/LF in the name injects neither markup nor headers', async () => {
    const { sink, sender } = await sinkAndSender();
    const data = sampleEmailData('thank_you_reminder');
    data.candidate.firstName = '<script>alert(1)</script>';
    data.interview.interviewerName = 'Eve\r\nBcc: victim@example.com';
    await sender.send({
      to: { name: 'Eve\r\nBcc: victim@example.com', email: 'eve@example.com' },
      rendered: renderer.render('thank_you_reminder', data),
      headers: { 'List-Unsubscribe': `<${UNSUBSCRIBE}>\r\nBcc: victim@example.com` },
    });

    const [email] = await sink.waitForMessages(1);
    expect(email?.envelope.to).toEqual(['eve@example.com']);
    const headers = headerLines(email?.raw ?? '');
    expect(headers.filter((line) => /^bcc:/i.test(line))).toEqual([]);
    expect(email?.parsed.bcc).toBeUndefined();
    expect(email?.parsed.to).toMatchObject({ value: [{ address: 'eve@example.com', name: 'Eve Bcc: victim@example.com' }] });
    expect(email?.parsed.subject).toBe('Thank Eve Bcc: victim@example.com for your interview: your draft note is ready');
    // The CR/LF in the header value stayed inside that one header.
    expect(headers).toContain(`List-Unsubscribe: <${UNSUBSCRIBE}> Bcc: victim@example.com`);

    const html = email?.parsed.html || '';
    expect(html).not.toContain('<script>');
    expect(html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(email?.parsed.text).toContain('Hello <script>alert(1)</script>,');
  });

  it('refuses an address or a header name that could smuggle in a recipient or a header, and sends nothing', async () => {
    const { sink, sender } = await sinkAndSender();
    const rendered = renderer.render('follow_up_reminder', sampleEmailData('follow_up_reminder'));
    const badAddress = sender.send({ to: { name: 'Eve', email: 'eve@example.com\r\nBcc: victim@example.com' }, rendered });
    await expect(badAddress).rejects.toMatchObject({ name: 'MailSendError', classification: 'permanent' });
    await expect(
      sender.send({ to: { name: 'Eve', email: 'eve@example.com' }, rendered, headers: { Bcc: 'victim@example.com' } }),
    ).rejects.toThrow(/cannot be set/);
    expect(sink.attempts()).toBe(0);
  });

  it('451 from the server is a transient failure', async () => {
    const { sink, sender } = await sinkAndSender(() => ({ code: 451, message: 'Try again later' }));
    const error = await sender
      .send({
        to: { name: 'Maria', email: 'maria@example.com' },
        rendered: renderer.render('follow_up_reminder', sampleEmailData('follow_up_reminder')),
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MailSendError);
    expect(error).toMatchObject({ responseCode: 451, classification: 'transient' });
    expect(classifySmtpError(error)).toBe('transient');
    expect(sink.attempts()).toBe(1);
  });

  it('550 from the server is a permanent failure', async () => {
    const { sender } = await sinkAndSender(() => ({ code: 550, message: 'No such user' }));
    const error = await sender
      .send({
        to: { name: 'Maria', email: 'maria@example.com' },
        rendered: renderer.render('follow_up_reminder', sampleEmailData('follow_up_reminder')),
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ responseCode: 550, classification: 'permanent' });
    expect(classifySmtpError(error)).toBe('permanent');
  });

  it('a closed port is a transient failure', async () => {
    const sender = createSmtpSender({ smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: FROM, pool: false });
    cleanup.push(() => sender.close());
    const error = await sender
      .send({
        to: { name: 'Maria', email: 'maria@example.com' },
        rendered: renderer.render('follow_up_reminder', sampleEmailData('follow_up_reminder')),
      })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ classification: 'transient', responseCode: null });
    expect(classifySmtpError(error)).toBe('transient');
  });
});

describe('classifySmtpError', () => {
  const withFields = (fields: Record<string, unknown>) => Object.assign(new Error('smtp'), fields);

  it('4xx and connection trouble are transient', () => {
    expect(classifySmtpError(withFields({ responseCode: 421 }))).toBe('transient');
    expect(classifySmtpError(withFields({ responseCode: 452, code: 'EENVELOPE' }))).toBe('transient');
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ECONNECTION', 'EPROTOCOL', 'ESOCKET', 'EDNS']) {
      expect(classifySmtpError(withFields({ code }))).toBe('transient');
    }
    expect(classifySmtpError(withFields({ cause: withFields({ code: 'ECONNRESET' }) }))).toBe('transient');
  });

  it('5xx and broken messages or credentials are permanent; 503 (bad command sequence) is not', () => {
    expect(classifySmtpError(withFields({ responseCode: 550 }))).toBe('permanent');
    expect(classifySmtpError(withFields({ responseCode: 554, code: 'EMESSAGE' }))).toBe('permanent');
    expect(classifySmtpError(withFields({ code: 'EENVELOPE' }))).toBe('permanent');
    expect(classifySmtpError(withFields({ code: 'EAUTH', responseCode: 535 }))).toBe('permanent');
    expect(classifySmtpError(withFields({ responseCode: 503 }))).toBe('transient');
  });

  it('anything unknown is retried rather than lost', () => {
    expect(classifySmtpError(new Error('boom'))).toBe('transient');
    expect(classifySmtpError('weird')).toBe('transient');
  });
});

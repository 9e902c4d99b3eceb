import { connect, createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MailRenderer } from '../render/mail-renderer';
import { sampleEmailData } from '../samples';
import { createSmtpSender } from '../send/smtp-sender';
import { readCaughtEmails, startMailCatcher, type MailCatcher } from './mail-catcher';

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

function listening(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** The server's port; `close` frees it at once for the test to hand on. */
function portOfServer(server: Server, close = false): number {
  const address = server.address();
  if (close) server.close();
  return typeof address === 'object' && address ? address.port : 0;
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

// The first start loads maildev (jsdom, Fastify, Socket.IO, the MCP SDK): 1 to 4 s on the shared 2-core machine.
describe('startMailCatcher (embedded MailDev)', { timeout: 30_000 }, () => {
  it('catches a message with its .ics attachment and shows it through the REST API and the web page', async () => {
    catcher = await startMailCatcher();
    expect(catcher.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    expect(catcher.webUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await sendTo(catcher.smtpUrl, 'Maria');

    const [message, ...others] = await catcher.messages();
    expect(others).toEqual([]);
    expect(message).toMatchObject({
      subject: expect.stringMatching(/^Interview confirmed: Supervisor for Maria on Tuesday, December 1, 2026 at /),
      from: 'Nextstep <no-reply@nextstep.local>',
      to: 'Maria <maria.lopez@example.com>',
      envelope: { from: 'no-reply@nextstep.local', to: ['maria.lopez@example.com'] },
    });
    expect(message?.text).toContain('Hello Maria,');
    expect(message?.html).toContain('<!DOCTYPE html>');
    expect(message?.attachments).toEqual([expect.objectContaining({ filename: 'interview.ics', contentType: 'text/calendar' })]);
    // Another process (the e2e tests) reads the same through the REST API alone.
    expect(await readCaughtEmails(catcher.webUrl)).toEqual(await catcher.messages());

    // The attachment's bytes are there too, as MailDev's page offers them for download.
    const listed = (await (await fetch(new URL('api/email', catcher.webUrl))).json()) as { attachments: { generatedFileName: string }[] }[];
    const ics = await fetch(new URL(`api/email/${message?.id}/attachment/${listed[0]?.attachments[0]?.generatedFileName}`, catcher.webUrl));
    expect(ics.status).toBe(200);
    const icsText = await ics.text();
    expect(icsText).toContain('BEGIN:VCALENDAR');
    expect(icsText).toContain('UID:interview-7f3c2a@nextstep.example');

    const page = await fetch(catcher.webUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>MailDev</title>');
  });

  it('keeps only the newest messages, newest first', async () => {
    catcher = await startMailCatcher({ maxMessages: 2 });
    for (const name of ['Ann', 'Ben', 'Cat']) await sendTo(catcher.smtpUrl, name);
    expect((await catcher.messages()).map((message) => message.subject.split(' on ')[0])).toEqual([
      'Interview confirmed: Supervisor for Cat',
      'Interview confirmed: Supervisor for Ben',
    ]);
  });

  it('listens on the ports it is given and frees them on close', async () => {
    const first = await startMailCatcher();
    const ports = { smtpPort: portOf(first.smtpUrl), httpPort: portOf(first.webUrl) };
    await first.close();
    // The same ports again, as `npm start` asks for 1025 and 8025 after a restart.
    catcher = await startMailCatcher(ports);
    expect(catcher.smtpUrl).toBe(`smtp://127.0.0.1:${ports.smtpPort}`);
    expect(catcher.webUrl).toBe(`http://127.0.0.1:${ports.httpPort}/`);
    await sendTo(catcher.smtpUrl, 'Dee');
    expect(await catcher.messages()).toHaveLength(1);
  });

  it('closes within a second or two while a client is still connected', async () => {
    const open = await startMailCatcher();
    const { hostname, port } = new URL(open.smtpUrl);
    const client = connect(Number(port), hostname);
    try {
      const greeting = await new Promise<string>((resolve) => client.once('data', (data) => resolve(String(data))));
      expect(greeting).toMatch(/^220 /);
      client.write('EHLO client.test\r\n');
      await new Promise((resolve) => client.once('data', resolve));
      const started = performance.now();
      await open.close();
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      client.destroy();
    }
  });

  it('fails to start when its web port is taken, leaving its SMTP port free', async () => {
    const taken = await listening(0);
    const smtpPort = portOfServer(await listening(0), true);
    try {
      await expect(startMailCatcher({ smtpPort, httpPort: portOfServer(taken) })).rejects.toThrow(/EADDRINUSE/);
      // MailDev had bound SMTP before the web port failed; the catcher closed it again.
      portOfServer(await listening(smtpPort), true);
    } finally {
      taken.close();
    }
  });
});

/**
 * A development-only SMTP server that accepts every message and shows it on a
 * small web page, so `npm start` works without a real mail server. It keeps
 * the latest messages in memory and nothing else: not for production use.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AddressObject, ParsedMail } from 'mailparser';
import type { SMTPServer } from 'smtp-server';

export interface MailCatcherOptions {
  /** 0 (default) picks a free port. */
  smtpPort?: number;
  httpPort?: number;
  /** Default 127.0.0.1: caught mail is private. */
  host?: string;
  /** How many messages to keep (default 200); older ones are dropped. */
  maxMessages?: number;
}

export interface CaughtEmail {
  id: number;
  receivedAt: Date;
  envelope: { from: string | null; to: string[] };
  from: string;
  to: string;
  subject: string;
  date: Date | null;
  html: string | null;
  text: string;
  headerLines: string[];
  attachments: { filename: string; contentType: string; size: number }[];
}

export interface MailCatcher {
  smtpUrl: string;
  webUrl: string;
  /** Newest first. */
  messages(): readonly CaughtEmail[];
  close(): Promise<void>;
}

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((entry) => entry.text).join(', ');
}

/** Escapes for element content and quoted attribute values alike (srcdoc included). */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function toCaught(id: number, parsed: ParsedMail, envelope: CaughtEmail['envelope']): CaughtEmail {
  return {
    id,
    receivedAt: new Date(),
    envelope,
    from: addressText(parsed.from),
    to: addressText(parsed.to),
    subject: parsed.subject ?? '(no subject)',
    date: parsed.date ?? null,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    text: parsed.text ?? '',
    headerLines: parsed.headerLines.map((header) => header.line),
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? '(unnamed)',
      contentType: attachment.contentType,
      size: attachment.size,
    })),
  };
}

const PAGE_STYLE =
  'body{font-family:Arial,Helvetica,sans-serif;margin:24px;color:#1f2933}' +
  'table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:6px 8px;border-bottom:1px solid #dfe3e8}' +
  'pre{white-space:pre-wrap;background:#f4f5f7;padding:12px}iframe{width:100%;height:640px;border:1px solid #dfe3e8}';

function page(title: string, body: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>${PAGE_STYLE}</style></head><body>${body}</body></html>`
  );
}

function listPage(messages: readonly CaughtEmail[]): string {
  const rows = messages
    .map(
      (message) =>
        `<tr><td><a href="/messages/${message.id}">${escapeHtml(message.subject)}</a></td>` +
        `<td>${escapeHtml(message.to)}</td><td>${escapeHtml((message.date ?? message.receivedAt).toISOString())}</td></tr>`,
    )
    .join('');
  return page(
    'Caught e-mails',
    `<h1>Caught e-mails (${messages.length})</h1>` +
      (rows ? `<table><tr><th>Subject</th><th>To</th><th>Date</th></tr>${rows}</table>` : '<p>Nothing caught yet.</p>'),
  );
}

function messagePage(message: CaughtEmail): string {
  const attachments = message.attachments
    .map((a) => `<li>${escapeHtml(a.filename)} (${escapeHtml(a.contentType)}, ${a.size} bytes)</li>`)
    .join('');
  // sandbox="" gives the e-mail no scripts, no forms, no same-origin access
  // and no way to navigate this page: it is untrusted markup.
  const html = message.html
    ? `<h2>HTML</h2><iframe sandbox="" title="HTML body" srcdoc="${escapeHtml(message.html)}"></iframe>`
    : '<p>No HTML part.</p>';
  return page(
    message.subject,
    `<p><a href="/">&larr; All e-mails</a></p><h1>${escapeHtml(message.subject)}</h1>` +
      `<p>From: ${escapeHtml(message.from)}<br>To: ${escapeHtml(message.to)}</p>` +
      html +
      `<h2>Text</h2><pre>${escapeHtml(message.text)}</pre>` +
      (attachments ? `<h2>Attachments</h2><ul>${attachments}</ul>` : '') +
      `<h2>Headers</h2><pre>${escapeHtml(message.headerLines.join('\n'))}</pre>`,
  );
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, {
    'content-type': contentType,
    // Scripts never run on these pages, not even from a caught e-mail.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

function handle(request: IncomingMessage, response: ServerResponse, messages: () => readonly CaughtEmail[]): void {
  const path = new URL(request.url ?? '/', 'http://catcher').pathname;
  if (request.method !== 'GET') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  if (path === '/') return send(response, 200, 'text/html; charset=utf-8', listPage(messages()));
  if (path === '/api/messages') return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(messages()));
  const match = /^\/messages\/(\d+)$/.exec(path);
  const message = match ? messages().find((candidate) => String(candidate.id) === match[1]) : undefined;
  if (message) return send(response, 200, 'text/html; charset=utf-8', messagePage(message));
  return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
}

function listen(server: Server | SMTPServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const net = 'server' in server ? server.server : server;
    net.once('error', reject);
    server.listen(port, host, () => {
      net.off('error', reject);
      resolve((net.address() as AddressInfo).port);
    });
  });
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  // Loaded on demand: smtp-server and mailparser are development dependencies,
  // absent from the production image, which never starts the catcher.
  const [{ SMTPServer }, { simpleParser }] = await Promise.all([import('smtp-server'), import('mailparser')]);
  const host = options.host ?? '127.0.0.1';
  const maxMessages = options.maxMessages ?? 200;
  const caught: CaughtEmail[] = [];
  let nextId = 1;

  const smtp = new SMTPServer({
    authOptional: true,
    // Accept any credentials a developer's SMTP_URL may carry, without TLS.
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anyone' }),
    disabledCommands: ['STARTTLS'],
    logger: false,
    // A reverse DNS lookup per connection only slows local delivery down.
    disableReverseLookup: true,
    // Pooled client connections would otherwise hold close() open for 30 s.
    closeTimeout: 1_000,
    size: 25 * 1024 * 1024,
    onData(stream, session, callback) {
      const envelope = {
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
        to: session.envelope.rcptTo.map((recipient) => recipient.address),
      };
      simpleParser(stream).then(
        (parsed) => {
          caught.unshift(toCaught(nextId++, parsed, envelope));
          caught.splice(maxMessages);
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  smtp.on('error', () => {
    // A client dropping its connection must not crash the developer's process.
  });
  const http = createServer((request, response) => handle(request, response, () => caught));

  const smtpPort = await listen(smtp, options.smtpPort ?? 0, host);
  let httpPort: number;
  try {
    httpPort = await listen(http, options.httpPort ?? 0, host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }

  return {
    smtpUrl: `smtp://${urlHost(host)}:${smtpPort}`,
    webUrl: `http://${urlHost(host)}:${httpPort}/`,
    messages: () => [...caught],
    close: async () => {
      http.closeAllConnections();
      await Promise.all([
        new Promise<void>((resolve) => http.close(() => resolve())),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]);
    },
  };
}

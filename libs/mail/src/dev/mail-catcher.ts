/**
 * The development mail catcher: MailDev (https://github.com/maildev/maildev)
 * embedded in this process, so `npm start` works without a real mail server.
 * It accepts every message (no TLS, no authentication), keeps the newest ones
 * and serves MailDev's web page and REST API (`GET /api/email`). Not for
 * production use: maildev is a development dependency, absent from the image.
 *
 * Two things MailDev decides and its MailDev class does not let us change: its
 * REST API answers cross-origin requests from any site (CORS), which is why it
 * stays on 127.0.0.1, and it prints one "MailDev API running at …" line even
 * when silent.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MailDev as MailDevServer } from 'maildev';
import { z } from 'zod';

export interface MailCatcherOptions {
  /** 0 (default) picks a free port. */
  smtpPort?: number;
  /** The web page and REST API; 0 (default) picks a free port. */
  httpPort?: number;
  /** Default 127.0.0.1: caught mail is private (MailDev itself would listen on every interface). */
  host?: string;
  /** How many messages to keep (default 200); older ones are dropped. */
  maxMessages?: number;
}

/** One caught message, as MailDev's REST API reports it. */
export interface CaughtEmail {
  /** MailDev's id, e.g. for `GET /api/email/:id`. */
  id: string;
  receivedAt: Date;
  envelope: { from: string | null; to: string[] };
  /** Header addresses as `Name <address>`, comma-separated. */
  from: string;
  to: string;
  subject: string;
  date: Date | null;
  html: string | null;
  text: string;
  headers: Record<string, string | string[]>;
  attachments: { filename: string; contentType: string; size: number }[];
}

export interface MailCatcher {
  smtpUrl: string;
  /** MailDev's web page, also the base of its REST API. */
  webUrl: string;
  /** Newest first. */
  messages(): Promise<CaughtEmail[]>;
  close(): Promise<void>;
}

// Only the fields read below; MailDev sends more (source, size, read, …).
const address = z.object({ address: z.string(), name: z.string().optional() });
const maildevEmail = z.object({
  id: z.string(),
  time: z.string(),
  subject: z.string().optional(),
  from: z.array(address).optional(),
  to: z.array(address).optional(),
  date: z.string().optional(),
  html: z.string().optional(),
  text: z.string().optional(),
  headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number() })).optional(),
  envelope: z.object({
    // false when the sender gave an empty MAIL FROM (a bounce).
    from: z.union([z.object({ address: z.string() }), z.literal(false)]),
    to: z.array(z.object({ address: z.string() })),
  }),
});

function addressText(addresses: z.infer<typeof address>[] | undefined): string {
  return (addresses ?? []).map((entry) => (entry.name ? `${entry.name} <${entry.address}>` : entry.address)).join(', ');
}

function toCaught(email: z.infer<typeof maildevEmail>): CaughtEmail {
  return {
    id: email.id,
    receivedAt: new Date(email.time),
    envelope: { from: email.envelope.from ? email.envelope.from.address : null, to: email.envelope.to.map((to) => to.address) },
    from: addressText(email.from),
    to: addressText(email.to),
    subject: email.subject || '(no subject)',
    date: email.date ? new Date(email.date) : null,
    html: email.html ?? null,
    text: email.text ?? '',
    headers: email.headers,
    attachments: (email.attachments ?? []).map((attachment) => ({
      filename: attachment.filename || '(unnamed)',
      contentType: attachment.contentType,
      size: attachment.size,
    })),
  };
}

/**
 * The messages a catcher holds, newest first, read over its REST API: for a
 * process other than the one that started it (the e2e tests' mailbox).
 */
export async function readCaughtEmails(webUrl: string): Promise<CaughtEmail[]> {
  // Without `sort` MailDev answers in arrival order; its `time` has only whole seconds, too coarse to sort by.
  const response = await fetch(new URL('api/email', webUrl));
  if (!response.ok) throw new Error(`mail catcher answered ${response.status}`);
  return z.array(maildevEmail).parse(await response.json()).map(toCaught).reverse();
}

// SWC compiles this library to CommonJS (the build, @swc-node/register) and
// turns `import()` into `require()`, which maildev, an ES module with only an
// `import` entry, refuses. A function made at run time keeps Node's own import().
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

async function loadMailDev(): Promise<typeof MailDevServer> {
  try {
    return ((await nativeImport('maildev')) as { MailDev: typeof MailDevServer }).MailDev;
  } catch (error) {
    // Vitest runs the sources as ES modules in a VM that has no hook for a made-up
    // import(); there the import() written here is Vite's own and works.
    if (error instanceof Error && 'code' in error && error.code === 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING') return (await import('maildev')).MailDev;
    throw error;
  }
}

// Two fixes reach into MailDev 3.0.0's private fields. The version is pinned
// exactly, and the spec fails if either stops working after an upgrade.
interface MailDevInternals {
  orchestrator?: { smtp?: { stop?: () => Promise<void> } | null };
}
interface SmtpInternals {
  smtp?: { options?: { closeTimeout?: number } } | null;
}

/**
 * When the web port is taken, MailDev rejects start() with its SMTP server
 * already listening, and its stop() does nothing because it never counted as
 * running: close that SMTP server, so the port and the process are free.
 */
async function closeHalfStarted(maildev: MailDevServer): Promise<void> {
  await (maildev as unknown as MailDevInternals).orchestrator?.smtp?.stop?.();
}

/**
 * smtp-server gives a connected client 30 s to finish before close() returns
 * (MailDev keeps that default): a pooled client, or a test that gave up in the
 * middle of a send, would hold `npm start`'s Ctrl+C for that long. 1 s is plenty
 * on 127.0.0.1.
 */
function shortenCloseGrace(smtp: unknown): void {
  const options = (smtp as SmtpInternals).smtp?.options;
  if (options) options.closeTimeout = 1_000;
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export async function startMailCatcher(options: MailCatcherOptions = {}): Promise<MailCatcher> {
  // Loaded on demand: the production image, which never starts the catcher, has no maildev.
  const MailDev = await loadMailDev();
  const host = options.host ?? '127.0.0.1';
  // Its own directory for the .eml files and attachments: MailDev's default is one
  // shared /tmp/maildev, which a second catcher (an e2e run beside `npm start`) prunes.
  const mailDirectory = await mkdtemp(join(tmpdir(), 'nextstep-mail-'));
  const maildev = new MailDev({
    smtp: options.smtpPort ?? 0,
    ip: host,
    web: options.httpPort ?? 0,
    webIp: host,
    mailDirectory,
    maxEmails: options.maxMessages ?? 200,
    silent: true,
  });
  let servers: Awaited<ReturnType<MailDevServer['start']>>;
  try {
    servers = await maildev.start();
  } catch (error) {
    await closeHalfStarted(maildev);
    await rm(mailDirectory, { recursive: true, force: true });
    throw error;
  }
  shortenCloseGrace(servers.smtp);
  const webPort = servers.api?.getPort();
  if (webPort === undefined || webPort === null) {
    await maildev.stop();
    throw new Error('MailDev started without its web server');
  }
  const webUrl = `http://${urlHost(host)}:${webPort}/`;

  return {
    smtpUrl: `smtp://${urlHost(host)}:${servers.smtp.getPort()}`,
    webUrl,
    messages: () => readCaughtEmails(webUrl),
    close: async () => {
      await maildev.stop();
      await rm(mailDirectory, { recursive: true, force: true });
    },
  };
}

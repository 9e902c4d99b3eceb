/**
 * The benchmark's SMTP sink, run as its own process (as a mail server would
 * be), so its protocol work does not share the worker's event loop. It
 * counts arrivals without parsing and reports `[scheduledEmailId, arrivedAtMs]`
 * pairs to the parent every 100 ms over IPC.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type SinkMessage = { port: number } | { arrivals: Array<[string, number]> };

const send = (message: SinkMessage): void => {
  process.send?.(message);
};

let pending: Array<[string, number]> = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  disableReverseLookup: true,
  maxClients: 200,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 8_192) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      const id = /^Message-ID:\s*<scheduled-email-([0-9a-f-]+)@/im.exec(head)?.[1];
      if (id) pending.push([id, Date.now()]);
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => send({ port: (server.server.address() as AddressInfo).port }));
setInterval(() => {
  if (!pending.length) return;
  send({ arrivals: pending });
  pending = [];
}, 100);
process.on('disconnect', () => process.exit(0));

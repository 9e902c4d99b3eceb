/**
 * The benchmark's SMTP sink, run as its own process (as a mail server would
 * be), so its protocol work does not share the worker's event loop. It
 * counts arrivals without parsing and reports `[scheduledEmailId, arrivedAtMs]`
 * pairs to the parent every 100 ms over IPC.
 *
 * `--transient 0.1 --permanent 0.01 --seed 7` makes it refuse that share of
 * messages with 451 and 550 (drawn per DATA, from a seeded generator, so two
 * runs refuse alike); refusals are reported as `[id, code, atMs]`.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type SinkMessage = { port: number } | { arrivals: Array<[string, number]>; refusals: Array<[string, number, number]> };

function rateArg(name: string): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : 0;
  if (!(value >= 0 && value <= 1)) throw new Error(`--${name} must be a share from 0 to 1`);
  return value;
}
const TRANSIENT = rateArg('transient');
const PERMANENT = rateArg('permanent');
const seedAt = process.argv.indexOf('--seed');
let state = seedAt >= 0 ? Number(process.argv[seedAt + 1]) >>> 0 : 1;

/** mulberry32: small, seeded, good enough to pick which messages to refuse. */
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

const send = (message: SinkMessage): void => {
  process.send?.(message);
};

let arrivals: Array<[string, number]> = [];
let refusals: Array<[string, number, number]> = [];
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
      const draw = TRANSIENT || PERMANENT ? random() : 1;
      const code = draw < PERMANENT ? 550 : draw < PERMANENT + TRANSIENT ? 451 : 250;
      if (id && code !== 250) refusals.push([id, code, Date.now()]);
      if (code === 550) return callback(Object.assign(new Error('5.1.1 Mailbox unavailable (refused by the chaos sink)'), { responseCode: 550 }));
      if (code === 451) return callback(Object.assign(new Error('4.3.0 Try again later (refused by the chaos sink)'), { responseCode: 451 }));
      if (id) arrivals.push([id, Date.now()]);
      return callback();
    });
  },
});

// A client that dies mid-conversation (a SIGKILLed worker) resets its socket; a mail server carries on.
server.on('error', () => undefined);
server.listen(0, '127.0.0.1', () => send({ port: (server.server.address() as AddressInfo).port }));
setInterval(() => {
  if (!arrivals.length && !refusals.length) return;
  send({ arrivals, refusals });
  arrivals = [];
  refusals = [];
}, 100);
process.on('disconnect', () => process.exit(0));

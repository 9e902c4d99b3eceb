import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface HangingSmtp {
  url: string;
  /** How many messages it has read to the end (and left unanswered). */
  dataSeen(): number;
  close(): Promise<void>;
}

/** An SMTP server that reads each message and never answers it: every sender is stuck mid-send (the SIGKILL tests). */
export async function startHangingSmtp(): Promise<HangingSmtp> {
  let seen = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    closeTimeout: 100,
    onData(stream) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        seen += 1;
      });
    },
  });
  server.on('error', () => undefined);
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)));
  return { url: `smtp://127.0.0.1:${port}`, dataSeen: () => seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

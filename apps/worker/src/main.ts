import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, loadConfigOrExit } from '@nextstep/platform';
import { createWorker } from './create-worker';

async function bootstrap(): Promise<void> {
  const worker = await createWorker(loadConfigOrExit());
  // Closing every module lets running jobs drain before the process exits.
  const logger = new Logger('Worker');
  closeOnSignals(worker, (message) => logger.log(message));
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

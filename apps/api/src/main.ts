import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { closeOnSignals, loadConfigOrExit } from '@nextstep/platform';
import { createApp } from './app/create-app';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApp(config);
  const logger = new Logger('Api');
  closeOnSignals(app, (message) => logger.log(message));
  await app.listen({ port: config.port, host: config.host });
  logger.log(`API listening on ${config.appBaseUrl}/api (docs at ${config.appBaseUrl}/api/docs)`);
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '@nextstep/platform';
import { Logger } from 'nestjs-pino';
import { WorkerModule, type WorkerOptions } from './worker.module';

/** The worker is an application context: queues and schedulers, no HTTP server. */
export async function createWorker(config: AppConfig, options: WorkerOptions = {}): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, options), { bufferLogs: true });
  worker.useLogger(worker.get(Logger));
  return worker;
}

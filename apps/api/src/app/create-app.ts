import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { REQUEST_ID_HEADER, requestIdFor, type AppConfig } from '@nextstep/platform';
import { Logger } from 'nestjs-pino';
import { AllExceptionsFilter } from '../common/errors/all-exceptions.filter';
import { createValidationPipe } from '../common/errors/validation';
import { mountQueueBoard } from '../queue-board/queue-board';
import { ROOT_ROUTES } from '../web/feeds.controller';
import { mountWebApp } from '../web/web-app.routes';
import { AppModule, type AppOptions } from './app.module';
import { useSecurityHeaders } from './security-headers';

export const API_PREFIX = 'api';

/** Builds the HTTP application exactly as production runs it; tests use it too. */
export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options),
    new FastifyAdapter({ bodyLimit: 1_048_576, trustProxy: config.trustProxy, genReqId: requestIdFor }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  // Echo the id so a user's bug report can be matched to the log lines.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.header(REQUEST_ID_HEADER, request.id);
      done();
    });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1, fields: 5 } });
  useSecurityHeaders(app, config);
  app.enableCors({ origin: [config.appBaseUrl], credentials: true });
  // Everything is under /api except what crawlers and feed readers fetch at the root.
  app.setGlobalPrefix(API_PREFIX, { exclude: ROOT_ROUTES });
  await mountQueueBoard(app, config);
  // Every other GET outside /api: the built web app on the same port.
  mountWebApp(app, config);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Nextstep API')
      .setDescription('Job board for staffing agencies, with guidance on when candidates should contact the agency.')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    // Every route is tagged on purpose (some per route, see PublishedOperation): no tag made up from a class name.
    { autoTagControllers: false },
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, { jsonDocumentUrl: `${API_PREFIX}/docs-json` });
  return app;
}

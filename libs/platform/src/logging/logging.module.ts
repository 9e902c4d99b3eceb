import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.module';
import { redactUrl } from './redact-url';

export const REQUEST_ID_HEADER = 'x-request-id';
// A caller-supplied id is kept only when it cannot smuggle anything into the logs.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The id of an incoming request: the caller's `x-request-id` when safe, else a new UUID. */
export function requestIdFor(req: { headers: IncomingHttpHeaders }): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Reuses the id the HTTP server already gave the request. */
function logRequestId(req: IncomingMessage & { id?: unknown }): string {
  return typeof req.id === 'string' ? req.id : requestIdFor(req);
}

/** Structured JSON logs through pino, one line per request carrying its request id. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // nestjs-pino 4 (the major that runs on Node 20) defaults to the legacy `*`, which NestJS 12 converts with a
        // warning at every start. This named wildcard logs the same requests (under the prefix and the excluded root routes).
        forRoutes: [{ path: '/{*splat}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.log.level,
          genReqId: logRequestId,
          customProps: () => ({ service: 'nextstep' }),
          // Credentials and personal data never reach the logs.
          redact: {
            paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', 'req.body', '*.password', '*.email'],
            censor: '[redacted]',
          },
          serializers: {
            // Link tokens in paths and queries are secrets too.
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
          },
          transport: config.log.pretty ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } : undefined,
        },
      }),
    }),
  ],
})
export class LoggingModule {}

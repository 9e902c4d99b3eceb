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
/** 503 Service Unavailable: overload refused with Retry-After, not a failure of the request's own. */
const SHED_LOAD_STATUS = 503;

/** The id of an incoming request: the caller's `x-request-id` when safe, else a new UUID. */
export function requestIdFor(req: { headers: IncomingHttpHeaders }): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * The level of a request's access-log line. A 503 is the API shedding load on purpose (SEARCH_BUSY with
 * Retry-After): a warning, like a 4xx, not an error.
 */
export function accessLogLevel(statusCode: number, err?: Error): 'error' | 'warn' | 'info' {
  if (err || (statusCode >= 500 && statusCode !== SHED_LOAD_STATUS)) return 'error';
  return statusCode >= 400 ? 'warn' : 'info';
}

/**
 * The fields of a failed request's line. pino-http makes up an Error for every 5xx; for a 503 its stack says
 * nothing, and under overload serialising it (mapped through the source maps) for each refusal cost the process
 * about 130 MB and the cores it was shedding load to protect (npm run bench:overload: peak RSS 563 -> 449 MB).
 */
export function accessLogErrorFields(statusCode: number, fields: Record<string, unknown>): Record<string, unknown> {
  if (statusCode !== SHED_LOAD_STATUS) return fields;
  const { err: _made_up, ...rest } = fields;
  return rest;
}

/** Reuses the id the HTTP server already gave the request. */
function logRequestId(req: IncomingMessage & { id?: unknown }): string {
  return typeof req.id === 'string' ? req.id : requestIdFor(req);
}

/** Structured JSON logs through pino, one line per request carrying its request id. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      // nestjs-pino's types import `@nestjs/common/interfaces`, a path NestJS 12's exports map no longer offers, so
      // its ModuleMetadata does not resolve and these two optional fields read as required.
      imports: [],
      providers: [],
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // nestjs-pino 4 (the major that runs on Node 20) defaults to the legacy `*`, which NestJS 12 converts with a
        // warning at every start. This named wildcard logs the same requests (under the prefix and the excluded root routes).
        forRoutes: [{ path: '/{*splat}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.log.level,
          genReqId: logRequestId,
          customProps: () => ({ service: 'nextstep' }),
          customLogLevel: (_req: IncomingMessage, res: { statusCode: number }, err?: Error) => accessLogLevel(res.statusCode, err),
          customErrorObject: (_req: IncomingMessage, res: { statusCode: number }, _error: Error, loggable: Record<string, unknown>) =>
            accessLogErrorFields(res.statusCode, loggable),
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

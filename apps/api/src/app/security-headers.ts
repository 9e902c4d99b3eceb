import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from 'helmet';

/**
 * Helmet's security headers on every response. The middleware is built once:
 * @fastify/helmet rebuilds it (and re-parses the CSP) on every request, which
 * cost more than a cached job search itself.
 */
export function useSecurityHeaders(app: NestFastifyApplication): void {
  const setHeaders = helmet({
    // Swagger UI needs inline styles and its own scripts; everything else is JSON.
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], scriptSrc: ["'self'"] },
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined)));
}

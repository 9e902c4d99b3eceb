import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@nextstep/platform';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every response: the web app, Swagger UI and
 * the few server-rendered pages.
 *
 * - Scripts come only from our own files (Vite emits `<script type="module"
 *   src="/assets/…">`); no inline script and no `eval`. The JSON-LD in job
 *   pages is a data block (`type="application/ld+json"`), which browsers
 *   never execute, so script-src does not apply to it.
 * - Styles allow 'unsafe-inline': Mantine writes its CSS variables and
 *   classes into `<style>` elements and sets per-component variables in
 *   `style` attributes, and Swagger UI uses inline styles too. A nonce would
 *   cover the elements but not the attributes.
 * - `upgrade-insecure-requests` only when the public address is https. Sent
 *   over plain http (a server opened by IP address), it makes the browser
 *   fetch every script and stylesheet over https, which fails, and the page
 *   stays blank.
 */
export function contentSecurityPolicy(appBaseUrl: string): Record<string, string[] | null> {
  const https = new URL(appBaseUrl).protocol === 'https:';
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'self'"],
    // Helmet adds the directive by default; null leaves it out.
    upgradeInsecureRequests: https ? [] : null,
  };
}

/**
 * Helmet's security headers on every response. The middleware is built once:
 * @fastify/helmet rebuilds it (and re-parses the CSP) on every request, which
 * cost more than a cached job search itself.
 */
export function useSecurityHeaders(app: NestFastifyApplication, config: Pick<AppConfig, 'appBaseUrl'>): void {
  const setHeaders = helmet({ contentSecurityPolicy: { directives: contentSecurityPolicy(config.appBaseUrl) } });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) =>
      setHeaders(request.raw, reply.raw, (error?: unknown) => done(error instanceof Error ? error : undefined)),
    );
}

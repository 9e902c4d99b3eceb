import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@nextstep/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notBuiltPage, withHead } from './html';
import { WebAppFiles, type StaticFile } from './web-app-files';
import { resolveWebDistDir } from './web-dist';
import { WebPages, type WebPage } from './web-pages.service';

/** A last segment with an extension: a missing file is a plain 404, never the app (a browser expects a script, not HTML). */
const FILE_LIKE = /\/[^/]*\.[A-Za-z0-9]{1,12}$/;

const isApiPath = (pathname: string): boolean => pathname === '/api' || pathname.startsWith('/api/');

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

function sendFile(request: FastifyRequest, reply: FastifyReply, file: StaticFile): FastifyReply {
  reply
    .header('content-type', file.contentType)
    .header('cache-control', file.cacheControl)
    .header('etag', file.etag)
    .header('last-modified', file.modifiedAt.toUTCString());
  if (etagMatches(request.headers['if-none-match'], file.etag)) return reply.code(304).send();
  return reply.header('content-length', file.size).send(file.open());
}

/**
 * The web app on the API's own port: every GET that no other route takes.
 *
 * - `/api/*` is never the app: unknown API paths keep their JSON 404.
 * - A file of the build (`dist/apps/web`, or `WEB_DIST_DIR`) is sent as is:
 *   hashed `assets/` cached for a year, everything else revalidated.
 * - Any other path gets index.html with the status and head `WebPages`
 *   decides (200 for the app's routes, 404 for the rest, 410 for a closed
 *   job), or a plain "not built yet" page while there is no build.
 *
 * It is a plain Fastify route, like the queue board, because Nest's global
 * /api prefix applies to every controller and the API already owns
 * `jobs/:id` there.
 */
export function mountWebApp(app: NestFastifyApplication, config: AppConfig): void {
  const files = new WebAppFiles(resolveWebDistDir(config.web.distDir));
  const pages = app.get(WebPages);
  const logger = new Logger('WebApp');

  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', async (request, reply) => {
      // Split by hand: new URL() would read a path starting with "//" as a host name.
      const queryAt = request.url.indexOf('?');
      const pathname = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
      const query = new URLSearchParams(queryAt === -1 ? '' : request.url.slice(queryAt + 1));
      if (isApiPath(pathname)) return reply.callNotFound();

      let page: WebPage;
      try {
        const file = await files.file(pathname);
        if (file) return sendFile(request, reply, file);
        if (FILE_LIKE.test(pathname))
          return reply.code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send('Not found\n');
        page = await pages.page(pathname, query, request.ip);
      } catch (error) {
        // The app itself still loads and offers a retry; crawlers are told to come back.
        logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
        page = {
          status: 503,
          head: '<meta name="robots" content="noindex">',
          heading: 'Please try again in a moment',
          retryAfterSeconds: 30,
        };
      }

      const index = await files.indexHtml().catch(() => null);
      if (page.retryAfterSeconds !== undefined) reply.header('retry-after', String(page.retryAfterSeconds));
      return reply
        .code(page.status)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(index === null ? notBuiltPage(page.head, page.heading) : withHead(index, page.head));
    });
}

import { Controller, Get, NotFoundException, Param, Query, RequestMethod, Res, StreamableFile } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { WebRoute } from '@nextstep/contracts';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { Public } from '../auth/auth.decorators';
import { SearchJobsQuery } from '../jobs/dto/search-jobs.query';
import { JobFeedService } from './job-feed.service';
import { SitemapService } from './sitemap.service';

/**
 * Routes of this controller live at the site's root, not under /api (see
 * createApp's global prefix). They are for crawlers and feed readers, not
 * API clients, so they stay out of the OpenAPI document.
 */
export const ROOT_ROUTES = [
  { path: 'sitemap.xml', method: RequestMethod.GET },
  { path: 'sitemaps/:file', method: RequestMethod.GET },
  { path: 'jobs.rss', method: RequestMethod.GET },
  { path: 'robots.txt', method: RequestMethod.GET },
];

const XML = 'application/xml; charset=utf-8';

/**
 * Content type and caching of a successful answer. Set only once the answer
 * is ready: an error after `@Header('content-type', …)` would be sent with
 * that type, and Fastify cannot send the JSON error body as XML.
 */
function typed(reply: FastifyReply, contentType: string, maxAgeSeconds: number): void {
  reply.header('content-type', contentType).header('cache-control', `public, max-age=${maxAgeSeconds}`);
}

@ApiExcludeController()
@Public()
@Controller()
export class FeedsController {
  constructor(
    private readonly sitemaps: SitemapService,
    private readonly feeds: JobFeedService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get('sitemap.xml')
  async sitemap(@Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const chunks = await this.sitemaps.root();
    typed(reply, XML, 900);
    return new StreamableFile(Readable.from(chunks));
  }

  @Get('sitemaps/:file')
  async sitemapFile(@Param('file') file: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const chunks = await this.sitemaps.file(file);
    if (!chunks) throw new NotFoundException('There is no such sitemap; /sitemap.xml lists them.');
    typed(reply, XML, 900);
    return new StreamableFile(Readable.from(chunks));
  }

  /** RSS 2.0 of any search: the query parameters of GET /api/jobs, validated the same way. */
  @Get('jobs.rss')
  async rss(@Query() query: SearchJobsQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const feed = await this.feeds.rss(query);
    typed(reply, 'application/rss+xml; charset=utf-8', 300);
    return feed;
  }

  /** Points crawlers at the sitemap and away from pages that need an account. */
  @Get('robots.txt')
  robots(@Res({ passthrough: true }) reply: FastifyReply): string {
    typed(reply, 'text/plain; charset=utf-8', 3600);
    return [
      'User-agent: *',
      `Disallow: ${WebRoute.applications}`,
      `Disallow: ${WebRoute.recruiter}`,
      'Disallow: /account/',
      'Disallow: /api/admin/',
      '',
      `Sitemap: ${this.config.appBaseUrl}/sitemap.xml`,
      '',
    ].join('\n');
  }
}

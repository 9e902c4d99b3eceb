import { HttpStatus, Injectable, NotFoundException } from '@nestjs/common';
import { isWebRoute, WebRoute, webPath } from '@nextstep/contracts';
import { InjectConfig, InjectRedis, type AppConfig } from '@nextstep/platform';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { RedisThrottlerStorage } from '../common/rate-limit/redis-throttler.storage';
import { SearchJobsQuery } from '../jobs/dto/search-jobs.query';
import { JobsService } from '../jobs/jobs.service';
import { escapeHtml } from './html';
import { feedTitle, searchParams } from './job-feed.service';
import { jobHead } from './job-posting';

/** What the server says about a page of the web app before the app itself runs. */
export interface WebPage {
  status: number;
  /** Tags for index.html's head ('' for none). */
  head: string;
  /** Heading of the stand-in page shown while the web app is not built. */
  heading: string;
  retryAfterSeconds?: number;
}

const NOINDEX = '<meta name="robots" content="noindex">';
const NOT_FOUND: WebPage = { status: HttpStatus.NOT_FOUND, head: NOINDEX, heading: 'Page not found' };
const JOB_PAGE = new RegExp(`^${WebRoute.job.replace('$jobId', '([^/]+)')}/?$`);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MINUTE_MS = 60_000;

/**
 * The HTTP status and head of each web page, decided on the server so that
 * crawlers, link previews and curl get them without running JavaScript:
 *
 * - a known route answers 200; anything else 404 (the app shows its own
 *   "not found" page either way);
 * - `/jobs/:id` of an open job carries title, description, canonical, Open
 *   Graph and schema.org JobPosting JSON-LD;
 * - a job that no longer takes applications (closed, filled, or past its
 *   closing time) answers **410 Gone** with `noindex` and without JobPosting
 *   data, which is how Google asks for expired postings to be taken down;
 *   people following an old link still see the app's job page;
 * - a draft or unknown job answers 404;
 * - the search page links the RSS feed of its own search.
 */
@Injectable()
export class WebPages {
  private readonly baseUrl: string;
  private readonly limiter: RedisThrottlerStorage;
  private readonly perMinute: number;

  constructor(
    private readonly jobs: JobsService,
    @InjectConfig() config: AppConfig,
    @InjectRedis() redis: Redis,
  ) {
    this.baseUrl = config.appBaseUrl;
    this.perMinute = config.rateLimit.apiPerMinute;
    this.limiter = new RedisThrottlerStorage(redis, config.redis.prefix);
  }

  async page(pathname: string, query: URLSearchParams, clientIp: string): Promise<WebPage> {
    const job = JOB_PAGE.exec(pathname);
    if (job) return this.jobPage(job[1] ?? '', clientIp);
    if (!isWebRoute(pathname)) return NOT_FOUND;
    if (pathname === WebRoute.search) return { status: HttpStatus.OK, head: await this.feedLink(query), heading: 'Nextstep' };
    return { status: HttpStatus.OK, head: '', heading: 'Nextstep' };
  }

  private async jobPage(segment: string, clientIp: string): Promise<WebPage> {
    // The page reads the database, so it counts against the same per-client limit as the API.
    const limit = await this.limiter.increment(
      createHash('sha256').update(clientIp).digest('hex'),
      MINUTE_MS,
      this.perMinute,
      MINUTE_MS,
      'web-job-page',
    );
    if (limit.isBlocked) {
      return {
        status: HttpStatus.TOO_MANY_REQUESTS,
        head: NOINDEX,
        heading: 'Too many requests',
        retryAfterSeconds: limit.timeToBlockExpire || 60,
      };
    }
    let id: string;
    try {
      id = decodeURIComponent(segment);
    } catch {
      return NOT_FOUND;
    }
    if (!UUID.test(id)) return NOT_FOUND;
    try {
      const detail = await this.jobs.getPublic(id.toLowerCase());
      const url = `${this.baseUrl}${webPath(WebRoute.job, { jobId: detail.id })}`;
      const open = detail.acceptingApplications;
      return { status: open ? HttpStatus.OK : HttpStatus.GONE, head: jobHead(detail, { url, open }), heading: detail.title };
    } catch (error) {
      if (error instanceof NotFoundException) return { ...NOT_FOUND, heading: 'Job not found' };
      throw error;
    }
  }

  /**
   * `<link rel="alternate">` to the RSS feed of the search in the URL. The
   * search page uses the API's parameter names; when its criteria are ones
   * the feed would refuse (400), the link names the feed of all jobs.
   */
  private async feedLink(query: URLSearchParams): Promise<string> {
    const raw: Record<string, string | string[]> = {};
    for (const key of new Set(query.keys())) {
      if (key === 'cursor' || key === 'limit') continue;
      const values = query.getAll(key);
      raw[key] = values.length > 1 ? values : (values[0] ?? '');
    }
    const criteria = plainToInstance(SearchJobsQuery, raw);
    // Parameters of the page that are not search criteria are dropped, not refused.
    const errors = await validate(criteria, { whitelist: true });
    const search = errors.length ? new SearchJobsQuery() : criteria;
    const params = searchParams(search).toString();
    const href = `${this.baseUrl}/jobs.rss${params ? `?${params}` : ''}`;
    return `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(feedTitle(search))}" href="${escapeHtml(href)}">`;
  }
}

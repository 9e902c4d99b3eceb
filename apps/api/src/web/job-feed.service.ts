import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WebRoute, webPath } from '@nextstep/contracts';
import { Clock, InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource } from 'typeorm';
import type { JobSearchResultDto, JobSummaryDto } from '../jobs/dto/job.dto';
import type { SearchJobsQuery } from '../jobs/dto/search-jobs.query';
import { JobsService } from '../jobs/jobs.service';
import type { SearchSort } from '../jobs/search-cursor';
import { escapeHtml, excerpt } from './html';
import { EMPLOYMENT_TYPE_LABELS, payText, SITE_NAME } from './job-posting';
import { escapeXml, XML_DECLARATION } from './xml';

/** Items in a feed when the query does not say `limit` (the API's own default is 20). */
export const FEED_DEFAULT_LIMIT = 50;

const ORDER_TEXT: Readonly<Record<SearchSort, string>> = {
  relevance: 'best matches first',
  recent: 'newest first',
  distance: 'nearest first',
};

/** The search's criteria as query parameters, in the API's names (the search page uses the same). */
export function searchParams(query: SearchJobsQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q?.trim()) params.set('q', query.q.trim());
  for (const type of query.employmentType ?? []) params.append('employmentType', type);
  if (query.branchId) params.set('branchId', query.branchId);
  if (query.lat !== undefined && query.lng !== undefined) {
    params.set('lat', String(query.lat));
    params.set('lng', String(query.lng));
  }
  if (query.postalCode) params.set('postalCode', query.postalCode);
  if (query.radiusKm !== undefined) params.set('radiusKm', String(query.radiusKm));
  if (query.payMin !== undefined) params.set('payMin', String(query.payMin));
  if (query.postedWithinDays !== undefined) params.set('postedWithinDays', String(query.postedWithinDays));
  if (query.sort) params.set('sort', query.sort);
  return params;
}

/**
 * "Nextstep jobs: “forklift” · Temp-to-hire · within 40 km of 41.88, -87.63 ·
 * from $50,000 a year", or "Nextstep: all open jobs". `branchName` is null
 * for a branch id that names no branch, undefined when it was not looked up.
 */
export function feedTitle(query: SearchJobsQuery, branchName?: string | null): string {
  const parts: string[] = [];
  if (query.q?.trim()) parts.push(`“${query.q.trim()}”`);
  if (query.employmentType?.length) parts.push([...new Set(query.employmentType)].map((type) => EMPLOYMENT_TYPE_LABELS[type]).join(' or '));
  if (query.branchId) parts.push(branchName ? `at ${branchName}` : branchName === null ? 'at an unknown branch' : 'at one branch');
  const place = query.postalCode ?? `${query.lat}, ${query.lng}`;
  if (query.radiusKm !== undefined) parts.push(`within ${query.radiusKm} km of ${place}`);
  else if (query.sort === 'distance') parts.push(`nearest to ${place}`);
  if (query.payMin !== undefined) parts.push(`from ${payText({ min: query.payMin, max: query.payMin, period: 'year', currency: 'USD' })}`);
  if (query.postedWithinDays !== undefined)
    parts.push(`posted in the last ${query.postedWithinDays === 1 ? 'day' : `${query.postedWithinDays} days`}`);
  return parts.length ? `${SITE_NAME} jobs: ${parts.join(' · ')}` : `${SITE_NAME}: all open jobs`;
}

/**
 * RSS 2.0 for any job search. It runs the board's own search (same
 * validation, same cache, same masking of confidential companies) and writes
 * each result as an item; the description is plain text (escaped), taken
 * from the search snippet when there is a search text.
 */
@Injectable()
export class JobFeedService {
  private readonly baseUrl: string;

  constructor(
    private readonly jobs: JobsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() config: AppConfig,
    private readonly clock: Clock,
  ) {
    this.baseUrl = config.appBaseUrl;
  }

  async rss(query: SearchJobsQuery): Promise<string> {
    const criteria = { ...query, limit: query.limit ?? FEED_DEFAULT_LIMIT };
    const result = JSON.parse((await this.jobs.searchJson(criteria)).toString('utf8')) as JobSearchResultDto;
    const [branchName, descriptions] = await Promise.all([
      query.branchId ? this.branchName(query.branchId) : Promise.resolve(null),
      this.descriptionsOf(result.items.filter((item) => item.snippet === null).map((item) => item.id)),
    ]);
    const params = searchParams(query).toString();
    const searchUrl = `${this.baseUrl}${webPath(WebRoute.search, {})}${params ? `?${params}` : ''}`;
    const feedParams = searchParams(query);
    if (query.limit !== undefined) feedParams.set('limit', String(query.limit));
    const selfUrl = `${this.baseUrl}/jobs.rss${feedParams.size ? `?${feedParams.toString()}` : ''}`;
    const title = feedTitle(query, branchName);

    const items = result.items.map((job) => this.item(job, descriptions.get(job.id) ?? ''));
    return `${XML_DECLARATION}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escapeXml(title)}</title>
<link>${escapeXml(searchUrl)}</link>
<description>${escapeXml(`Open jobs on ${SITE_NAME} for this search, ${ORDER_TEXT[query.sort ?? (query.q?.trim() ? 'relevance' : 'recent')]}.`)}</description>
<language>en-us</language>
<lastBuildDate>${this.clock.now().toUTCString()}</lastBuildDate>
<ttl>30</ttl>
<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
</channel>
</rss>
`;
  }

  private item(job: JobSummaryDto, description: string): string {
    const url = `${this.baseUrl}${webPath(WebRoute.job, { jobId: job.id })}`;
    const facts = [EMPLOYMENT_TYPE_LABELS[job.employmentType], payText(job.pay), job.company.name, job.branch.name].join(' · ');
    // The snippet is already HTML-escaped text with <mark> around matches; only the marks are dropped.
    const text = job.snippet !== null ? job.snippet.replace(/<\/?mark>/g, '') : escapeHtml(excerpt(description, 300));
    return `<item>
<title>${escapeXml(`${job.title} – ${job.city}, ${job.region}`)}</title>
<link>${escapeXml(url)}</link>
<guid isPermaLink="true">${escapeXml(url)}</guid>
<pubDate>${new Date(job.postedAt).toUTCString()}</pubDate>
<category>${escapeXml(EMPLOYMENT_TYPE_LABELS[job.employmentType])}</category>
<description>${escapeXml(`${escapeHtml(facts)}. ${text}`)}</description>
</item>`;
  }

  private async branchName(id: string): Promise<string | null> {
    const [row] = (await this.dataSource.query('SELECT name FROM branches WHERE id = $1', [id])) as Array<{ name: string }>;
    return row?.name ?? null;
  }

  /** Descriptions for results without a snippet (searches without text), in one read. */
  private async descriptionsOf(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = (await this.dataSource.query('SELECT id, description FROM jobs WHERE id = ANY($1::uuid[])', [ids])) as Array<{
      id: string;
      description: string;
    }>;
    return new Map(rows.map((row) => [row.id, row.description]));
  }
}

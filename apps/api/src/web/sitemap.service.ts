import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WebRoute, webPath } from '@nextstep/contracts';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource } from 'typeorm';
import { escapeXml, XML_DECLARATION } from './xml';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** Rows per read: a 50,000-URL file is written from 50 small keyset reads, never held in memory at once. */
const BATCH = 1_000;
/** Public pages worth a search engine's visit besides the jobs (the rest need an account). */
const STATIC_PAGES = [WebRoute.search, WebRoute.branches] as const;
/** Same rule as the public board: open and not past its closing time. */
const OPEN_JOB = `status = 'open' AND (closes_at IS NULL OR closes_at > now())`;

export const PAGES_SITEMAP = 'pages.xml';
export const jobsSitemapName = (n: number): string => `jobs-${n}.xml`;

interface JobRow {
  id: string;
  posted_key: string;
  updated_at: Date;
}

/**
 * The sitemap: the static pages and every open job. Up to the per-file limit
 * (`SITEMAP_ENTRIES_PER_FILE`, at most the protocol's 50,000) it is one file;
 * past it, /sitemap.xml is an index of /sitemaps/pages.xml and
 * /sitemaps/jobs-1.xml … jobs-N.xml. Jobs are listed newest first, as the
 * board's index `jobs_open_posted_idx` keeps them.
 */
@Injectable()
export class SitemapService {
  private readonly baseUrl: string;
  private readonly perFile: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectConfig() config: AppConfig,
  ) {
    this.baseUrl = config.appBaseUrl;
    this.perFile = config.web.sitemapEntriesPerFile;
  }

  /** /sitemap.xml, as chunks of text. */
  async root(): Promise<AsyncIterable<string>> {
    const jobs = await this.openJobCount();
    if (jobs + STATIC_PAGES.length <= this.perFile) return this.urlset(true, 0, jobs);
    const files = [PAGES_SITEMAP, ...Array.from({ length: Math.ceil(jobs / this.perFile) }, (_, i) => jobsSitemapName(i + 1))];
    return (async function* (baseUrl: string) {
      yield `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n`;
      for (const file of files) yield `<sitemap><loc>${escapeXml(`${baseUrl}/sitemaps/${file}`)}</loc></sitemap>\n`;
      yield '</sitemapindex>\n';
    })(this.baseUrl);
  }

  /** A file of the index (`pages.xml`, `jobs-N.xml`), or null when there is no such file. */
  async file(name: string): Promise<AsyncIterable<string> | null> {
    if (name === PAGES_SITEMAP) return this.urlset(true, 0, 0);
    const match = /^jobs-([1-9]\d{0,5})\.xml$/.exec(name);
    if (!match) return null;
    const n = Number(match[1]);
    const jobs = await this.openJobCount();
    // jobs-1.xml always exists, empty on an empty board.
    if (n > Math.max(1, Math.ceil(jobs / this.perFile))) return null;
    return this.urlset(false, (n - 1) * this.perFile, this.perFile);
  }

  private async openJobCount(): Promise<number> {
    const [row] = (await this.dataSource.query(`SELECT count(*)::int AS count FROM jobs WHERE ${OPEN_JOB}`)) as Array<{ count: number }>;
    return row?.count ?? 0;
  }

  private async *urlset(withPages: boolean, skip: number, take: number): AsyncGenerator<string> {
    yield `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}">\n`;
    if (withPages) for (const page of STATIC_PAGES) yield this.url(webPath(page, {}));
    for await (const batch of this.openJobs(skip, take)) {
      yield batch.map((job) => this.url(webPath(WebRoute.job, { jobId: job.id }), job.updated_at)).join('');
    }
    yield '</urlset>\n';
  }

  private url(path: string, lastModified?: Date): string {
    const lastmod = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : '';
    return `<url><loc>${escapeXml(`${this.baseUrl}${path}`)}</loc>${lastmod}</url>\n`;
  }

  /**
   * `take` open jobs after the first `skip`, in keyset batches. Only the
   * first read of a later file skips rows (an index-only walk to its start);
   * every other read continues from the last row's (posted_at, id).
   */
  private async *openJobs(skip: number, take: number): AsyncGenerator<JobRow[]> {
    let after: JobRow | undefined;
    let left = take;
    while (left > 0) {
      const limit = Math.min(BATCH, left);
      const rows = (await this.dataSource.query(
        `SELECT id, posted_at::text AS posted_key, updated_at FROM jobs
         WHERE ${OPEN_JOB}${after ? ' AND (posted_at, id) < ($2::timestamptz, $3::uuid)' : ''}
         ORDER BY posted_at DESC, id DESC LIMIT $1${after ? '' : ' OFFSET $2'}`,
        after ? [limit, after.posted_key, after.id] : [limit, skip],
      )) as JobRow[];
      if (rows.length) yield rows;
      if (rows.length < limit) return;
      after = rows[rows.length - 1];
      left -= rows.length;
    }
  }
}

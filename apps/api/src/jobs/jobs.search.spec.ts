import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Branch, Company, Job } from '@nextstep/db';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app';
import type { JobSearchResultDto, JobSummaryDto } from './dto/job.dto';

const DAY = 86_400_000;
const daysAgo = (n: number): Date => new Date(Date.now() - n * DAY);

/** Every search test runs on both index paths: RUM (when the migration could create it) and the GIN fallback. */
const INDEX_PATHS = ['rum', 'gin'] as const;

describe.each(INDEX_PATHS)('GET /api/jobs (%s index)', (index) => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let chicago: Branch;
  let denver: Branch;
  let acme: Company;
  let secret: Company;
  const jobs: Record<string, Job> = {};

  async function get(url: string): Promise<{ status: number; body: JobSearchResultDto & Record<string, unknown> }> {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() };
  }
  const titles = (body: JobSearchResultDto): string[] => body.items.map((i) => i.title);

  beforeAll(async () => {
    ({ app, dataSource: db } = await startTestApp({ SEARCH_INDEX: index }));
    await resetJobBoard(db);
    chicago = await createBranch(db, { name: 'Chicago Loop', latitude: 41.882, longitude: -87.6345, postalCode: '60606' });
    denver = await createBranch(db, {
      name: 'Denver',
      city: 'Denver',
      region: 'CO',
      latitude: 39.7439,
      longitude: -104.9862,
      postalCode: '80203',
      timeZone: 'America/Denver',
    });
    acme = await createCompany(db, { name: 'Acme Logistics', website: 'https://acme.example', industry: 'logistics provider' });
    secret = await createCompany(db, {
      name: 'Hush Hospital Corp',
      website: 'https://hush.example',
      industry: 'regional hospital network',
      confidential: true,
    });
    const at = { company: acme };
    jobs.forklift = await createJob(db, {
      ...at,
      branch: chicago,
      title: 'Forklift Operator',
      description: 'Load and unload trailers on first shift. Safety matters here.',
      skills: ['forklift certification', 'RF scanner'],
      employmentType: 'temporary',
      payMinCents: 2000,
      payMaxCents: 2400,
      postedAt: daysAgo(1),
    });
    jobs.warehouse = await createJob(db, {
      ...at,
      branch: denver,
      title: 'Warehouse Associate',
      description: 'Pick and pack orders and work alongside our forklift operators in a busy distribution center.',
      skills: ['order picking'],
      employmentType: 'temp_to_hire',
      city: 'Denver',
      latitude: 39.75,
      longitude: -104.99,
      postedAt: daysAgo(2),
    });
    jobs.nurse = await createJob(db, {
      company: secret,
      branch: denver,
      title: 'Registered Nurse',
      description: 'Join our nurses on a med/surg unit. <script>alert("x")</script> & more.',
      skills: ['patient care', 'BLS'],
      employmentType: 'direct_hire',
      payMinCents: 8_000_000,
      payMaxCents: 10_000_000,
      payPeriod: 'year',
      latitude: 39.74,
      longitude: -104.98,
      postedAt: daysAgo(3),
    });
    jobs.analyst = await createJob(db, {
      ...at,
      branch: chicago,
      title: 'Data Analyst',
      description: 'Build dashboards and write SQL for the finance team.',
      skills: ['SQL', 'Excel'],
      employmentType: 'direct_hire',
      payMinCents: 7_500_000,
      payMaxCents: 9_000_000,
      payPeriod: 'year',
      latitude: 41.9,
      longitude: -87.65,
      postedAt: daysAgo(40),
    });
    // Never on the board:
    await createJob(db, { ...at, branch: chicago, title: 'Forklift Operator (draft)', status: 'draft', postedAt: null });
    await createJob(db, { ...at, branch: chicago, title: 'Forklift Operator (closed)', status: 'closed' });
    await createJob(db, { ...at, branch: chicago, title: 'Forklift Operator (filled)', status: 'filled' });
    await createJob(db, { ...at, branch: chicago, title: 'Forklift Operator (expired)', closesAt: daysAgo(1) });
  });
  afterAll(() => app.close());

  it('lists only open, unexpired jobs, most recent first, when there is no q', async () => {
    const { status, body } = await get('/api/jobs');
    expect(status).toBe(200);
    expect(titles(body)).toEqual(['Forklift Operator', 'Warehouse Associate', 'Registered Nurse', 'Data Analyst']);
    expect(body.nextCursor).toBeNull();
    const item = body.items[0] as JobSummaryDto;
    expect(item).toMatchObject({
      id: jobs.forklift?.id,
      employmentType: 'temporary',
      city: 'Chicago',
      region: 'IL',
      pay: { min: 20, max: 24, period: 'hour', currency: 'USD' },
      branch: { id: chicago.id, name: 'Chicago Loop' },
      company: { id: acme.id, name: 'Acme Logistics', confidential: false },
      snippet: null,
      distanceKm: null,
    });
    expect(new Date(item.postedAt).getTime()).toBeCloseTo(jobs.forklift?.postedAt?.getTime() ?? 0, -3);
  });

  it('stems: "operating" finds operators, "nursing" finds nurses', async () => {
    expect(titles((await get('/api/jobs?q=operating')).body)).toEqual(['Forklift Operator', 'Warehouse Associate']);
    expect(titles((await get('/api/jobs?q=nursing')).body)).toEqual(['Registered Nurse']);
  });

  it('ranks a title match above a description-only match', async () => {
    const { body } = await get('/api/jobs?q=forklift');
    expect(titles(body)).toEqual(['Forklift Operator', 'Warehouse Associate']);
  });

  it('matches skills and handles web-search syntax safely', async () => {
    expect(titles((await get('/api/jobs?q=RF%20scanner')).body)).toEqual(['Forklift Operator']);
    expect(titles((await get('/api/jobs?q=forklift%20-trailers')).body)).toEqual(['Warehouse Associate']);
    expect(titles((await get(`/api/jobs?q=${encodeURIComponent('"distribution center"')}`)).body)).toEqual(['Warehouse Associate']);
    expect(titles((await get(`/api/jobs?q=${encodeURIComponent("'); DROP TABLE jobs; --")}`)).body)).toEqual([]);
    expect(titles((await get('/api/jobs?q=the')).body)).toEqual([]);
  });

  it('highlights matches in an HTML-escaped snippet', async () => {
    const { body } = await get('/api/jobs?q=nurses');
    const snippet = body.items[0]?.snippet ?? '';
    expect(snippet).toContain('<mark>nurses</mark>');
    expect(snippet).not.toContain('<script');
    expect(snippet).toContain('&lt;script&gt;');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('filters by employment type, one or several', async () => {
    expect(titles((await get('/api/jobs?employmentType=temporary')).body)).toEqual(['Forklift Operator']);
    expect(titles((await get('/api/jobs?employmentType=temporary&employmentType=direct_hire')).body)).toEqual([
      'Forklift Operator',
      'Registered Nurse',
      'Data Analyst',
    ]);
    expect(titles((await get('/api/jobs?employmentType=temp_to_hire,direct_hire')).body)).toEqual([
      'Warehouse Associate',
      'Registered Nurse',
      'Data Analyst',
    ]);
  });

  it('filters by branch', async () => {
    expect(titles((await get(`/api/jobs?branchId=${denver.id}`)).body)).toEqual(['Warehouse Associate', 'Registered Nurse']);
  });

  it('filters by distance from a point', async () => {
    const { body } = await get('/api/jobs?lat=41.88&lng=-87.63&radiusKm=50');
    expect(titles(body)).toEqual(['Forklift Operator', 'Data Analyst']);
    for (const item of body.items) expect(item.distanceKm).toBeLessThan(50);
    expect(titles((await get('/api/jobs?lat=41.88&lng=-87.63&radiusKm=0.1')).body)).toEqual([]);
    // The counts keep to the radius too, with a text (no bounding box there) and without one.
    expect(body.counts?.total).toEqual({ value: 2, capped: false });
    const near = (await get('/api/jobs?q=forklift&lat=41.88&lng=-87.63&radiusKm=50')).body;
    expect(titles(near)).toEqual(['Forklift Operator']);
    expect(near.counts?.total).toEqual({ value: 1, capped: false });
    expect((await get('/api/jobs?q=forklift&lat=41.88&lng=-87.63&radiusKm=0.1')).body.counts?.total).toEqual({ value: 0, capped: false });
  });

  it('filters by yearly pay (hourly pay counts × 2,080)', async () => {
    // Forklift tops out at $24/h = $49,920 a year.
    expect(titles((await get('/api/jobs?payMin=49920')).body)).toEqual(['Forklift Operator', 'Registered Nurse', 'Data Analyst']);
    expect(titles((await get('/api/jobs?payMin=49921')).body)).toEqual(['Registered Nurse', 'Data Analyst']);
    expect(titles((await get('/api/jobs?payMin=95000')).body)).toEqual(['Registered Nurse']);
  });

  it('filters by posting age', async () => {
    expect(titles((await get('/api/jobs?postedWithinDays=7')).body)).toEqual([
      'Forklift Operator',
      'Warehouse Associate',
      'Registered Nurse',
    ]);
    expect(titles((await get('/api/jobs?postedWithinDays=1&employmentType=temporary')).body)).toEqual([]);
  });

  it('combines filters', async () => {
    expect(titles((await get(`/api/jobs?q=operator&employmentType=temporary&branchId=${chicago.id}`)).body)).toEqual(['Forklift Operator']);
    expect(titles((await get(`/api/jobs?q=operator&employmentType=temporary&branchId=${denver.id}`)).body)).toEqual([]);
    expect(titles((await get('/api/jobs?lat=39.74&lng=-104.99&radiusKm=25&payMin=60000&postedWithinDays=30')).body)).toEqual([
      'Registered Nurse',
    ]);
    expect(titles((await get('/api/jobs?q=operators&sort=recent&postedWithinDays=30&payMin=1000')).body)).toEqual([
      'Forklift Operator',
      'Warehouse Associate',
    ]);
  });

  it('sorts by distance when asked', async () => {
    const { body } = await get('/api/jobs?lat=39.7439&lng=-104.9862&sort=distance');
    expect(titles(body)).toEqual(['Registered Nurse', 'Warehouse Associate', 'Data Analyst', 'Forklift Operator']);
    const distances = body.items.map((i) => i.distanceKm ?? -1);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it('masks a confidential company everywhere in the results', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/jobs?q=nurse' });
    expect(res.json<JobSearchResultDto>().items[0]?.company).toEqual({
      id: null,
      name: 'A leading regional hospital network',
      confidential: true,
    });
    expect(res.body).not.toContain('Hush');
    expect(res.body).not.toContain(secret.id);
  });

  describe('refuses bad values with 400 naming the parameter', () => {
    const cases: Array<[string, string]> = [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=', 'limit'],
      ['limit=1.5', 'limit'],
      ['lat=999&lng=0', 'lat'],
      ['lat=10&lng=-181', 'lng'],
      ['lat=10', 'lng'],
      ['employmentType=permanent', 'employmentType'],
      ['employmentType=temporary&employmentType=permanent', 'employmentType'],
      ['radiusKm=10', 'lat'],
      ['radiusKm=0&lat=1&lng=1', 'radiusKm'],
      ['sort=distance', 'lat'],
      ['sort=relevance', 'sort'],
      ['sort=cheapest', 'sort'],
      ['branchId=not-a-uuid', 'branchId'],
      ['payMin=-1', 'payMin'],
      ['payMin=12.5', 'payMin'],
      ['postedWithinDays=0', 'postedWithinDays'],
      ['postedWithinDays=366', 'postedWithinDays'],
      ['q=a&q=b', 'q'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['cursor=abc', 'cursor'],
      ['color=red', 'color'],
    ];
    it.each(cases)('%s → %s', async (query, field) => {
      const { status, body } = await get(`/api/jobs?${query}`);
      expect(status).toBe(400);
      expect(Object.keys((body.fields as Record<string, string>) ?? {})).toContain(field);
      expect(body.message).toContain(field === 'color' ? 'color' : field);
    });

    it('a tampered cursor', async () => {
      const first = await get('/api/jobs?limit=1');
      const cursor = first.body.nextCursor ?? '';
      const tampered = cursor.slice(0, 5) + (cursor[5] === 'A' ? 'B' : 'A') + cursor.slice(6);
      const res = await get(`/api/jobs?limit=1&cursor=${tampered}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'INVALID_CURSOR', fields: { cursor: expect.any(String) } });
      // A valid cursor used for another search is refused too.
      expect((await get(`/api/jobs?limit=1&employmentType=temporary&cursor=${cursor}`)).status).toBe(400);
      expect((await get(`/api/jobs?limit=1&cursor=${cursor}`)).status).toBe(200);
    });
  });

  it('never answers 500, whatever the query string', async () => {
    const names = fc.constantFrom(
      'q',
      'employmentType',
      'branchId',
      'lat',
      'lng',
      'radiusKm',
      'payMin',
      'postedWithinDays',
      'sort',
      'limit',
      'cursor',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(names, fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.double().map(String))), { maxLength: 4 }),
        async (pairs) => {
          const query = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
          const res = await app.inject({ method: 'GET', url: `/api/jobs?${query}` });
          expect([200, 400]).toContain(res.statusCode);
        },
      ),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (q) => {
        const res = await app.inject({ method: 'GET', url: `/api/jobs?q=${encodeURIComponent(q)}` });
        // Any text is a search, except one with a NUL character, which no text column can hold: 400 naming q.
        if (q.includes('\u0000')) {
          expect(res.statusCode).toBe(400);
          expect(res.json().fields).toHaveProperty('q');
        } else {
          expect(res.statusCode).toBe(200);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe.each(INDEX_PATHS)('GET /api/jobs keyset pagination (%s index)', (index) => {
  let app: NestFastifyApplication;
  let db: DataSource;
  let branch: Branch;
  let company: Company;
  const original = new Set<string>();

  beforeAll(async () => {
    ({ app, dataSource: db } = await startTestApp({ SEARCH_INDEX: index }));
    await resetJobBoard(db);
    branch = await createBranch(db);
    company = await createCompany(db);
    const base = Date.now() - 10 * DAY;
    for (let i = 0; i < 45; i++) {
      // Groups of three share a posting time, so the id breaks ties; descriptions vary the rank.
      const job = await createJob(db, {
        branch,
        company,
        title: i % 4 === 0 ? 'Pagination Clerk' : 'Clerk',
        description: `Pagination clerk number ${i}. ${'Filing and pagination. '.repeat(i % 5)}`,
        postedAt: new Date(base + Math.floor(i / 3) * 60_000),
        latitude: 41.88 + (i % 7) * 0.01,
        longitude: -87.63,
      });
      original.add(job.id);
    }
  });
  afterAll(() => app.close());

  async function walk(url: string, between: (page: number) => Promise<void>): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50; page++) {
      const res: { statusCode: number; json<T>(): T } = await app.inject({ method: 'GET', url: cursor ? `${url}&cursor=${cursor}` : url });
      expect(res.statusCode).toBe(200);
      const body: JobSearchResultDto = res.json<JobSearchResultDto>();
      expect(body.items.length).toBeLessThanOrEqual(7);
      seen.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
      if (!cursor) return seen;
      await between(page);
    }
    throw new Error('pagination did not end');
  }

  const insertBetweenPages = async (page: number): Promise<void> => {
    // One job newer than everything (lands before the cursor) and one older (lands after it) per page.
    await createJob(db, { branch, company, title: 'Pagination Clerk', description: `Inserted new ${page}`, postedAt: new Date() });
    await createJob(db, {
      branch,
      company,
      title: 'Pagination Clerk',
      description: `Inserted old ${page}`,
      postedAt: new Date(Date.now() - 30 * DAY),
    });
  };

  for (const [name, url] of [
    ['recent', '/api/jobs?limit=7&sort=recent'],
    ['relevance', '/api/jobs?limit=7&q=pagination%20clerk'],
    ['distance', '/api/jobs?limit=7&sort=distance&lat=41.88&lng=-87.63'],
  ] as const) {
    it(`walks every page sorted by ${name} without duplicates or gaps while jobs are added`, async () => {
      const seen = await walk(url, insertBetweenPages);
      expect(new Set(seen).size).toBe(seen.length);
      for (const id of original) expect(seen).toContain(id);
    });
  }

  it('keeps the sort order across pages', async () => {
    const seen = await walk('/api/jobs?limit=7&sort=recent', async () => undefined);
    const rows: Array<{ id: string; posted_at: Date }> = await db.query(
      `SELECT id, posted_at FROM jobs WHERE status = 'open' ORDER BY posted_at DESC, id DESC`,
    );
    expect(seen).toEqual(rows.map((r) => r.id));
  });
});

describe.each(INDEX_PATHS)('GET /api/jobs relevance tiers, 20-page walk and counts (%s index)', (index) => {
  let app: NestFastifyApplication;
  let db: DataSource;
  const tierOf = new Map<string, 1 | 2 | 3>();
  const postedOf = new Map<string, number>();

  beforeAll(async () => {
    ({ app, dataSource: db } = await startTestApp({ SEARCH_INDEX: index }));
    await resetJobBoard(db);
    const branch = await createBranch(db);
    const company = await createCompany(db);
    const base = Date.now() - 20 * DAY;
    // 135 "nurse" matches in three kinds, their posting times interleaved (and shared in pairs, so the id
    // breaks ties), plus jobs that do not match at all.
    for (let i = 0; i < 150; i++) {
      const kind = i % 10 === 9 ? 0 : (i % 3) + 1;
      const job = await createJob(db, {
        branch,
        company,
        title: kind === 1 ? (i % 2 ? 'Registered Nurse' : 'Charge Nurse Nights') : kind === 0 ? 'Forklift Operator' : 'Medical Assistant',
        skills: kind === 2 ? ['nursing', 'phlebotomy'] : ['scheduling'],
        description: kind === 3 ? 'Work beside our nurses on the ward.' : 'Help patients every day.',
        employmentType: (['temporary', 'temp_to_hire', 'direct_hire'] as const)[i % 3 === 0 ? 0 : i % 7 === 0 ? 2 : 1],
        postedAt: new Date(base + Math.floor(i / 2) * 60_000),
      });
      if (kind) tierOf.set(job.id, kind as 1 | 2 | 3);
      postedOf.set(job.id, job.postedAt?.getTime() ?? 0);
    }
    // The place is searched like the title (weight D): for "nurse naperville" the nurse job in Naperville is a
    // title match, a nurse job elsewhere that mentions the town and an assistant in the town are not.
    const town = async (title: string, city: string, description: string, minutes: number): Promise<string> => {
      const job = await createJob(db, { branch, company, title, city, description, postedAt: new Date(base + minutes * 60_000) });
      postedOf.set(job.id, job.postedAt?.getTime() ?? 0);
      return job.id;
    };
    placed.inTown = await town('Registered Nurse', 'Naperville', 'Help patients every day.', 10);
    placed.mentions = await town('Registered Nurse', 'Aurora', 'Our clinic is a short drive from Naperville.', 30);
    placed.assistant = await town('Medical Assistant', 'Naperville', 'Work beside our nurses on the ward.', 20);
    tierOf.set(placed.inTown, 1).set(placed.mentions, 1).set(placed.assistant, 3);
    // Open, but past their closing day: never listed, never counted.
    for (let i = 0; i < 5; i++) {
      await createJob(db, { branch, company, title: 'Registered Nurse', postedAt: new Date(base), closesAt: new Date(Date.now() - DAY) });
    }
  });
  afterAll(() => app.close());
  const placed = { inTown: '', mentions: '', assistant: '' };

  it('searches the place like the title: the nurse job in the town first, then the others by date', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/jobs?q=nurse%20naperville' });
    const body = res.json<JobSearchResultDto>();
    expect(body.items.map((i) => i.id)).toEqual([placed.inTown, placed.mentions, placed.assistant]);
    expect(body.counts?.total).toEqual({ value: 3, capped: false });
  });

  async function walk(url: string): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await app.inject({ method: 'GET', url: cursor ? `${url}&cursor=${cursor}` : url });
      expect(res.statusCode).toBe(200);
      const body: JobSearchResultDto = res.json<JobSearchResultDto>();
      // Counts come with the first page only.
      expect(body.counts === null).toBe(pages > 0);
      ids.push(...body.items.map((i) => i.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    return { ids, pages };
  }

  it('puts every title match before any skills match before any description-only match, newest first within each', async () => {
    const { ids, pages } = await walk('/api/jobs?q=nurse&limit=7');
    expect(pages).toBe(20);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(tierOf.size);
    const tiers = ids.map((id) => tierOf.get(id));
    expect(tiers).toEqual([...tiers].sort());
    for (let i = 1; i < ids.length; i++) {
      if (tiers[i] !== tiers[i - 1]) continue;
      expect(postedOf.get(ids[i - 1] ?? '')).toBeGreaterThanOrEqual(postedOf.get(ids[i] ?? '') ?? 0);
    }
    // Ties of posting time are broken by id, descending, on every page boundary too.
    const rows: Array<{ id: string }> = await db.query(
      `SELECT id FROM jobs WHERE id = ANY($1::uuid[]) ORDER BY posted_at DESC, id DESC`,
      [ids],
    );
    const expected = [1, 2, 3].flatMap((tier) => rows.map((r) => r.id).filter((id) => tierOf.get(id) === tier));
    expect(ids).toEqual(expected);
  });

  it('counts matches, per employment type without that filter, capped at 1,000', async () => {
    const all = (await app.inject({ method: 'GET', url: '/api/jobs?q=nurse' })).json<JobSearchResultDto>();
    const ids = [...tierOf.keys()];
    const byType: Array<{ employment_type: string; n: number }> = await db.query(
      `SELECT employment_type, count(*)::int AS n FROM jobs WHERE id = ANY($1::uuid[]) GROUP BY 1`,
      [ids],
    );
    const n = (type: string): number => byType.find((r) => r.employment_type === type)?.n ?? 0;
    expect(all.counts).toEqual({
      total: { value: tierOf.size, capped: false },
      byEmploymentType: {
        temporary: { value: n('temporary'), capped: false },
        temp_to_hire: { value: n('temp_to_hire'), capped: false },
        direct_hire: { value: n('direct_hire'), capped: false },
      },
    });
    const filtered = (await app.inject({ method: 'GET', url: '/api/jobs?q=nurse&employmentType=temporary,direct_hire' })).json<JobSearchResultDto>();
    expect(filtered.counts?.total).toEqual({ value: n('temporary') + n('direct_hire'), capped: false });
    expect(filtered.counts?.byEmploymentType).toEqual(all.counts?.byEmploymentType);
    // No q: every open job counts; 1,150 of them make "1,000+".
    await db.query(
      `INSERT INTO jobs (title, description, employment_type, skills, city, region, postal_code, latitude, longitude, pay_min_cents,
         pay_max_cents, pay_period, status, branch_id, company_id, posted_at)
       SELECT 'Clerk', 'Files', 'temporary', '{}', city, region, postal_code, latitude, longitude, 1500, 1600, 'hour', 'open',
         branch_id, company_id, now() - interval '30 days' FROM jobs, generate_series(1, 1000) WHERE id = $1`,
      [ids[0]],
    );
    const browse = (await app.inject({ method: 'GET', url: '/api/jobs?limit=1' })).json<JobSearchResultDto>();
    expect(browse.counts?.total).toEqual({ value: 1000, capped: true });
    expect(browse.counts?.byEmploymentType.temporary).toEqual({ value: 1000, capped: true });
    expect(browse.counts?.byEmploymentType.direct_hire.capped).toBe(false);
  });
});

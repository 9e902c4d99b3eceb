import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import { testConfig } from '@nextstep/testing';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app';
import type { JobSearchResultDto } from './dto/job.dto';

/** GET /api/jobs with postalCode as the origin: the postal-code table stands in for lat/lng. */
describe('GET /api/jobs?postalCode=', () => {
  let app: NestFastifyApplication;

  async function get(url: string): Promise<{ status: number; body: JobSearchResultDto & { code?: string; fields?: Record<string, string> } }> {
    const res = await app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() };
  }
  const titles = (body: JobSearchResultDto): string[] => body.items.map((i) => i.title);

  beforeAll(async () => {
    app = await createApp(testConfig());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const db = app.get(DataSource);
    await resetJobBoard(db);
    // The branch's own code (60606) is not one the jobs use, so each origin below comes from the table.
    const branch = await createBranch(db, { latitude: 41.882, longitude: -87.6345, postalCode: '60606' });
    const company = await createCompany(db);
    const at = { branch, company, status: 'open' as const };
    await createJob(db, { ...at, title: 'Lincoln Park Barista', postalCode: '60614', latitude: 41.9229, longitude: -87.6483 });
    await createJob(db, { ...at, title: 'Evanston Cook', postalCode: '60201', latitude: 42.0546, longitude: -87.6942 });
    await createJob(db, { ...at, title: 'Naperville Picker', postalCode: '60540', latitude: 41.7662, longitude: -88.141 });
    await createJob(db, { ...at, title: 'Toronto Clerk', city: 'Toronto', region: 'ON', postalCode: 'M5V 3L9', latitude: 43.6426, longitude: -79.3871 });
  });
  afterAll(() => app.close());

  it('searches around a US ZIP code (ZIP+4 too) like around its coordinates', async () => {
    const byZip = await get('/api/jobs?postalCode=60614&radiusKm=5');
    expect(byZip.status).toBe(200);
    expect(titles(byZip.body)).toEqual(['Lincoln Park Barista']);
    expect(byZip.body.items[0]?.distanceKm).toBeCloseTo(0, 3);
    const byCoordinates = await get('/api/jobs?lat=41.9229&lng=-87.6483&radiusKm=5');
    expect(titles(byCoordinates.body)).toEqual(titles(byZip.body));
    expect(titles((await get('/api/jobs?postalCode=60614-1234&radiusKm=5')).body)).toEqual(['Lincoln Park Barista']);
  });

  it('sorts by distance from a postal code, nearest first', async () => {
    const { status, body } = await get('/api/jobs?postalCode=60614&sort=distance');
    expect(status).toBe(200);
    expect(titles(body)).toEqual(['Lincoln Park Barista', 'Evanston Cook', 'Naperville Picker', 'Toronto Clerk']);
    const distances = body.items.map((i) => i.distanceKm ?? -1);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it('takes a Canadian code by its area when the full code is unknown', async () => {
    const { status, body } = await get(`/api/jobs?postalCode=${encodeURIComponent('m5v 1a1')}&radiusKm=10`);
    expect(status).toBe(200);
    expect(titles(body)).toEqual(['Toronto Clerk']);
  });

  it('answers 400 POSTAL_CODE_UNKNOWN naming postalCode for a code nobody knows', async () => {
    const { status, body } = await get('/api/jobs?postalCode=99999&radiusKm=10');
    expect(status).toBe(400);
    expect(body.code).toBe('POSTAL_CODE_UNKNOWN');
    expect(Object.keys(body.fields ?? {})).toEqual(['postalCode']);
  });

  it.each([
    ['postalCode=60614&lat=41.9&lng=-87.6', 'postalCode'],
    ['postalCode=60614&lat=41.9', 'postalCode'],
    ['postalCode=%3Cb%3E', 'postalCode'],
    ['postalCode=60614&radiusKm=0', 'radiusKm'],
    ['radiusKm=10', 'lat'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const { status, body } = await get(`/api/jobs?${query}`);
    expect(status).toBe(400);
    expect(Object.keys(body.fields ?? {})).toContain(field);
  });
});

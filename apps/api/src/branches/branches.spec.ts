import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Branch } from '@nextstep/db';
import { createBranch, createCompany, createJob, resetJobBoard } from '@nextstep/db/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app';
import type { NearestBranchesDto } from './dto/branch.dto';

/** Written independently of src/branches/geo.ts: spherical law of cosines, R = 6371 km. */
function greatCircleKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const r = Math.PI / 180;
  const c = Math.sin(lat1 * r) * Math.sin(lat2 * r) + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.cos((lng2 - lng1) * r);
  return 6371 * Math.acos(Math.min(1, Math.max(-1, c)));
}

const CITIES = [
  { name: 'Chicago', lat: 41.882, lng: -87.6345, postalCode: '60606', timeZone: 'America/Chicago' },
  { name: 'Milwaukee', lat: 43.0389, lng: -87.9065, postalCode: '53202', timeZone: 'America/Chicago' },
  { name: 'Denver', lat: 39.7439, lng: -104.9862, postalCode: '80203', timeZone: 'America/Denver' },
  { name: 'Phoenix', lat: 33.4484, lng: -112.074, postalCode: '85004', timeZone: 'America/Phoenix' },
  { name: 'Atlanta', lat: 33.759, lng: -84.388, postalCode: '30303', timeZone: 'America/New_York' },
  { name: 'Portland', lat: 45.519, lng: -122.679, postalCode: '97205', timeZone: 'America/Los_Angeles' },
];

describe('branches', () => {
  let app: NestFastifyApplication;
  let db: DataSource;
  const branches: Branch[] = [];

  beforeAll(async () => {
    ({ app, dataSource: db } = await startTestApp());
    await resetJobBoard(db);
    for (const c of CITIES) {
      branches.push(
        await createBranch(db, {
          name: `Nextstep ${c.name}`,
          city: c.name,
          latitude: c.lat,
          longitude: c.lng,
          postalCode: c.postalCode,
          timeZone: c.timeZone,
        }),
      );
    }
    // A postal code known only from a job (one the postal-code table does not hold; Naperville, IL).
    const company = await createCompany(db);
    await createJob(db, { branch: branches[0] as Branch, company, postalCode: '60500', latitude: 41.7508, longitude: -88.1535 });
  });
  afterAll(() => app.close());

  it('lists every branch with its contact details', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/branches' });
    expect(res.statusCode).toBe(200);
    const { items } = res.json<{ items: Array<Record<string, unknown>> }>();
    expect(items.map((b) => b['name'])).toEqual([...CITIES.map((c) => `Nextstep ${c.name}`)].sort());
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(
      [
        'id',
        'name',
        'addressLine',
        'city',
        'region',
        'postalCode',
        'phone',
        'email',
        'latitude',
        'longitude',
        'timeZone',
        'openingHours',
      ].sort(),
    );
  });

  it('gets one branch; unknown → 404, malformed → 400', async () => {
    const first = branches[0] as Branch;
    const ok = await app.inject({ method: 'GET', url: `/api/branches/${first.id}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: first.id, name: 'Nextstep Chicago', timeZone: 'America/Chicago' });
    expect((await app.inject({ method: 'GET', url: '/api/branches/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    const bad = await app.inject({ method: 'GET', url: '/api/branches/12345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', fields: { id: expect.any(String) } });
  });

  it.each([
    [41.88, -87.63],
    [39.1, -94.58],
    [47.61, -122.33],
    [25.76, -80.19],
    [-33.87, 151.21],
  ])('orders branches by distance from (%f, %f), each within 1%% of an independent computation', async (lat, lng) => {
    const res = await app.inject({ method: 'GET', url: `/api/branches/nearest?lat=${lat}&lng=${lng}&limit=50` });
    expect(res.statusCode).toBe(200);
    const body = res.json<NearestBranchesDto>();
    const expected = CITIES.map((c) => ({ name: `Nextstep ${c.name}`, km: greatCircleKm(lat, lng, c.lat, c.lng) })).sort(
      (a, b) => a.km - b.km,
    );
    expect(body.items.map((b) => b.name)).toEqual(expected.map((e) => e.name));
    body.items.forEach((item, i) =>
      expect(Math.abs(item.distanceKm - (expected[i]?.km ?? 0))).toBeLessThanOrEqual(Math.max(0.01, (expected[i]?.km ?? 0) * 0.01)),
    );
    expect(body.origin).toEqual({ latitude: lat, longitude: lng, postalCode: null });
  });

  it('limits the answer (default 5)', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/branches/nearest?lat=41.88&lng=-87.63' });
    expect(res.json<NearestBranchesDto>().items).toHaveLength(5);
    const one = await app.inject({ method: 'GET', url: '/api/branches/nearest?lat=41.88&lng=-87.63&limit=1' });
    expect(one.json<NearestBranchesDto>().items.map((b) => b.name)).toEqual(['Nextstep Chicago']);
  });

  it('looks up a postal code known from a branch or from a job', async () => {
    const branchCode = await app.inject({ method: 'GET', url: '/api/branches/nearest?postalCode=80203&limit=2' });
    expect(branchCode.statusCode).toBe(200);
    expect(branchCode.json<NearestBranchesDto>().items[0]).toMatchObject({ name: 'Nextstep Denver', distanceKm: 0 });
    const jobCode = await app.inject({ method: 'GET', url: '/api/branches/nearest?postalCode=60500&limit=1' });
    expect(jobCode.statusCode).toBe(200);
    const body = jobCode.json<NearestBranchesDto>();
    expect(body.origin).toMatchObject({ postalCode: '60500' });
    expect(body.items[0]?.name).toBe('Nextstep Chicago');
    expect(body.items[0]?.distanceKm).toBeCloseTo(greatCircleKm(41.7508, -88.1535, 41.882, -87.6345), 0);
  });

  // Coordinates of the zipcodes package's rows, written out here so the test checks the table, not itself.
  it.each([
    ['60614', 41.9229, -87.6483, 'Nextstep Chicago'], // Lincoln Park: no branch or job there
    ['60614-1234', 41.9229, -87.6483, 'Nextstep Chicago'], // ZIP+4 → its ZIP
    ['85001', 33.4484, -112.074, 'Nextstep Phoenix'],
    ['m5v 3l9', 43.6525, -79.3686, 'Nextstep Milwaukee'], // Toronto: unknown full code → its area M5V
    ['M5V', 43.6525, -79.3686, 'Nextstep Milwaukee'],
  ])('locates %s from the postal-code table', async (code, lat, lng, nearest) => {
    const res = await app.inject({ method: 'GET', url: `/api/branches/nearest?postalCode=${encodeURIComponent(code)}&limit=1` });
    expect(res.statusCode).toBe(200);
    const body = res.json<NearestBranchesDto>();
    expect(body.origin.latitude).toBeCloseTo(lat, 3);
    expect(body.origin.longitude).toBeCloseTo(lng, 3);
    expect(body.items[0]?.name).toBe(nearest);
  });

  it('never locates a postal code from a draft job: its exact place is not public yet', async () => {
    const company = await createCompany(db);
    await createJob(db, { branch: branches[1] as Branch, company, status: 'draft', postalCode: '53999', latitude: 43.123456, longitude: -88.654321 });
    const res = await app.inject({ method: 'GET', url: '/api/branches/nearest?postalCode=53999' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('POSTAL_CODE_UNKNOWN');
    expect(res.body).not.toMatch(/43\.12|88\.65/);
  });

  it('answers 404 with a clear message for an unknown postal code', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/branches/nearest?postalCode=99999' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'POSTAL_CODE_UNKNOWN', message: expect.stringContaining('99999') });
  });

  it.each([
    ['', 'lat'],
    ['lat=999&lng=0', 'lat'],
    ['lat=1', 'lng'],
    ['lat=abc&lng=1', 'lat'],
    ['lat=1&lng=1&limit=0', 'limit'],
    ['lat=1&lng=1&limit=51', 'limit'],
    ['postalCode=%3Cscript%3E', 'postalCode'],
    ['postalCode=60606&lat=1&lng=1', 'postalCode'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const res = await app.inject({ method: 'GET', url: `/api/branches/nearest?${query}` });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json<{ fields: Record<string, string> }>().fields)).toContain(field);
  });
});

import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app';
import { ACTORS, buildWorld, type World } from './actors';

interface Operation {
  method: string;
  path: string;
}

const STACK_TRACE = /\n\s+at |\.ts:\d+|node_modules|QueryFailedError|TypeError|ReferenceError/;

/** Instants at and past the edges of what JavaScript, JSON and Postgres can hold. */
const extremeDate = fc.constantFrom(
  '+010000-01-01T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '+275760-09-13T00:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00.000Z',
);
/** A keyset cursor of the shape the lists issue, carrying an extreme date. */
const extremeCursor = extremeDate.map((t) => Buffer.from(JSON.stringify({ t, id: randomUUID() })).toString('base64url'));
/** Text with a NUL character somewhere: Postgres cannot store one. */
const withNul = fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([a, b]) => `${a}\u0000${b}`);

const queryValue = fc.oneof(
  withNul,
  extremeDate,
  extremeCursor,
  fc.string({ maxLength: 20 }),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom('', 'true', 'false', 'null', '-1', '0', '1e309', '999', 'NaN', '[]', '{}', '%00', "' OR 1=1 --", '<script>', randomUUID()),
);

const pathSegment = fc.oneof(
  fc.constant(randomUUID()),
  fc.uuid(),
  fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent),
  fc.constantFrom('0', '-1', 'null', '..', '%2e%2e', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
);

const fieldName = fc.constantFrom(
  'email',
  'password',
  'firstName',
  'lastName',
  'role',
  'branchId',
  'city',
  'skills',
  'timeZone',
  'limit',
  'cursor',
  'q',
  'x',
  'token',
  'coverLetter',
  'body',
  'summary',
  'title',
  'scheduledAt',
  'completedAt',
  'decisionExpectedBy',
  'closesAt',
  'start',
);

/** JSON nested far deeper than any form of ours, as raw text (building it as an object would overflow JSON.stringify first). */
const deeplyNested = fc
  .tuple(fieldName, fc.integer({ min: 33, max: 6_000 }), fc.boolean())
  .map(([field, depth, arrays]) => ({
    raw: `{"${field}":${arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)}}`,
  }));

const body = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fieldName, fc.oneof(fc.jsonValue(), withNul, extremeDate, extremeCursor)),
  deeplyNested,
);

const isRaw = (payload: unknown): payload is { raw: string } => typeof payload === 'object' && payload !== null && 'raw' in payload;

describe('fuzzing every route', () => {
  let t: TestApp;
  let world: World;
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    const doc = (await t.request('GET', '/api/docs-json')).json<{ paths: Record<string, Record<string, unknown>> }>();
    operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
  });
  afterAll(() => t.close());

  it('never answers 500 nor leaks a stack trace, whatever the body, query and caller', async () => {
    expect(operations.length).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 10_000 }),
        fc.constantFrom(...ACTORS),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.oneof(queryValue, fc.array(queryValue, { maxLength: 3 }))),
        fc.option(body, { nil: undefined }),
        pathSegment,
        async (index, actor, query, payload, segment) => {
          const op = operations[index % operations.length] as Operation;
          const url = op.path.replace(/\{\w+\}/g, segment);
          const sent = payload !== undefined && op.method !== 'GET';
          const res = await t.request(op.method as 'GET', url, {
            token: world.token(actor),
            query,
            ...(sent ? { body: isRaw(payload) ? payload.raw : payload } : {}),
            ...(sent && isRaw(payload) ? { headers: { 'content-type': 'application/json' } } : {}),
          });
          const shown = isRaw(payload) ? `${payload.raw.slice(0, 60)}… (${payload.raw.length} chars)` : JSON.stringify(payload);
          expect(res.statusCode, `${op.method} ${url} ${JSON.stringify(query)} ${shown} → ${res.body.slice(0, 500)}`).toBeLessThan(500);
          expect(res.body).not.toMatch(STACK_TRACE);
        },
      ),
      { numRuns: 600 },
    );
  }, 120_000);
});

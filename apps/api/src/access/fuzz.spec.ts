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

const queryValue = fc.oneof(
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

const body = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom('email', 'password', 'firstName', 'lastName', 'role', 'branchId', 'city', 'skills', 'timeZone', 'limit', 'cursor', 'q', 'x'),
    fc.jsonValue(),
  ),
);

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
          const res = await t.request(op.method as 'GET', url, {
            token: world.token(actor),
            query,
            ...(payload !== undefined && op.method !== 'GET' ? { body: payload } : {}),
          });
          expect(res.statusCode, `${op.method} ${url} ${JSON.stringify(query)} ${JSON.stringify(payload)} → ${res.body}`).toBeLessThan(500);
          expect(res.body).not.toMatch(STACK_TRACE);
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);
});

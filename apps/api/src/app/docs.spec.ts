import { ERROR_CODES } from '@nextstep/contracts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_REFUSALS, THANK_YOU_REFUSALS } from '../common/errors/api-error-responses';
import { useTestApp } from '../testing/test-app';

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  enum?: unknown[];
}

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { operationId?: string; tags?: string[]; responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }> }>>;
}

interface Conflict {
  route: string;
  description: string;
  codes: string[];
}

/** Every documented 409 with the codes its body schema allows (the `code` enum, wherever the allOf puts it). */
function conflictsOf(document: OpenApiDocument): Conflict[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) => {
      const response = operation.responses?.['409'];
      if (!response) return [];
      const schema = response.content?.['application/json']?.schema;
      const parts = schema?.allOf ?? (schema ? [schema] : []);
      const codes = parts.flatMap((part) => part.properties?.['code']?.enum ?? []).map(String);
      return [{ route: `${method.toUpperCase()} ${path}`, description: response.description ?? '', codes }];
    }),
  );
}

const API_SOURCE = join(__dirname, '..');

/** The API's source files that can throw, tests left out. */
function sourceFiles(): Array<{ file: string; text: string }> {
  return readdirSync(API_SOURCE, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.startsWith('testing'))
    .map((file) => ({ file, text: readFileSync(join(API_SOURCE, file), 'utf8') }));
}

describe('OpenAPI documentation', () => {
  const ctx = useTestApp();

  async function openApiDocument(): Promise<OpenApiDocument> {
    const res = await ctx.t.request('GET', '/api/docs-json');
    expect(res.statusCode).toBe(200);
    return res.json<OpenApiDocument>();
  }

  it('serves the OpenAPI document at /api/docs-json', async () => {
    const doc = await openApiDocument();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });

  it('serves Swagger UI at /api/docs', async () => {
    const res = await ctx.t.request('GET', '/api/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('swagger-ui');
  });

  it('keeps the published name and group of the staff catalog routes that moved to their resource, and tags every route once', async () => {
    const doc = await openApiDocument();
    const published = (path: string, method: string) => {
      const operation = doc.paths[path]?.[method];
      return { operationId: operation?.operationId, tags: operation?.tags };
    };
    const staff = (operationId: string) => ({ operationId, tags: ['job board (staff)'] });
    expect(published('/api/jobs', 'post')).toEqual(staff('CatalogAdminController_createJob'));
    expect(published('/api/jobs/{id}/close', 'post')).toEqual(staff('CatalogAdminController_closeJob'));
    expect(published('/api/branches/{id}', 'patch')).toEqual(staff('CatalogAdminController_updateBranch'));
    expect(published('/api/staff/companies/{id}', 'get')).toEqual(staff('StaffCatalogController_company'));
    expect(published('/api/jobs', 'get')).toEqual({ operationId: 'JobsController_search', tags: ['jobs'] });
    const untaggedOrTwice = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.tags?.length !== 1)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(untaggedOrTwice).toEqual([]);
  });

  it('keeps every route under /api', async () => {
    const res = await ctx.t.request('GET', '/health');
    expect(res.statusCode).toBe(404);
  });

  describe('409 responses', () => {
    it('each name at least one code, from the one code list or the guidance refusals, and say what it means', async () => {
      const known = new Set<string>([...ERROR_CODES, ...FOLLOW_UP_REFUSALS, ...THANK_YOU_REFUSALS]);
      const conflicts = conflictsOf(await openApiDocument());
      expect(conflicts.length).toBeGreaterThan(10);
      for (const { route, description, codes } of conflicts) {
        expect(codes.length, `${route} names no code`).toBeGreaterThan(0);
        for (const code of codes) {
          expect(known.has(code), `${route}: ${code} is in no code list`).toBe(true);
          expect(description, `${route} does not describe ${code}`).toMatch(new RegExp(`^- \`${code}\`: \\S`, 'm'));
        }
      }
    });

    it('name what the services of a few routes really throw', async () => {
      const byRoute = new Map(conflictsOf(await openApiDocument()).map((c) => [c.route, [...c.codes].sort()]));
      expect(byRoute.get('POST /api/auth/register')).toEqual(['EMAIL_TAKEN']);
      // The refusing rows of both guidance tables; the allowing codes (FOLLOW_UP_NOW, OFFER_PENDING, SEND_THANK_YOU) never come as a 409.
      expect(byRoute.get('POST /api/applications/{id}/follow-ups')).toEqual(
        ['ALREADY_THANKED', 'APPLICATION_STAGE', 'CLOSED', 'INTERVIEW_UPCOMING', 'NO_INTERVIEW_YET', 'RECENTLY_FOLLOWED_UP', 'WAIT_FOR_DECISION'],
      );
      expect(byRoute.get('POST /api/applications/{id}/transitions')).toEqual(['CANDIDATE_ONLY', 'INVALID_TRANSITION', 'STALE_VERSION', 'USE_INTERVIEW_ROUTES']);
      expect(byRoute.get('POST /api/applications/{id}/withdraw')).toEqual(['INVALID_TRANSITION']);
    });

    // A whole-source check, not a per-route one: every code thrown with 409 is documented on some route, so a new
    // refusal cannot ship undocumented. Which route throws it is the controller's decorator to say.
    it('document every code the API throws with 409', async () => {
      const documented = new Set(conflictsOf(await openApiDocument()).flatMap((c) => c.codes));
      const thrown = new Set<string>();
      const dynamic: string[] = [];
      for (const { file, text } of sourceFiles()) {
        for (const match of text.matchAll(/HttpStatus\.CONFLICT,\s*(ErrorCode\.(\w+))?/g)) {
          if (match[2]) thrown.add(match[2]);
          else dynamic.push(file);
        }
      }
      expect(thrown.size).toBeGreaterThan(10);
      expect([...thrown].filter((code) => !documented.has(code))).toEqual([]);
      // The one 409 whose code is not written at the throw: the guidance's advice, checked route by route above.
      expect(dynamic).toEqual([join('applications', 'follow-ups.service.ts')]);
    });
  });
});

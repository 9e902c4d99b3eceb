import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

describe('OpenAPI documentation', () => {
  const ctx = useTestApp();

  it('serves the OpenAPI document at /api/docs-json', async () => {
    const res = await ctx.t.request('GET', '/api/docs-json');
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });

  it('serves Swagger UI at /api/docs', async () => {
    const res = await ctx.t.request('GET', '/api/docs');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('swagger-ui');
  });

  it('keeps every route under /api', async () => {
    const res = await ctx.t.request('GET', '/health');
    expect(res.statusCode).toBe(404);
  });
});

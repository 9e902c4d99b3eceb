import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { testConfig } from '@nextstep/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './create-app';

describe('OpenAPI documentation', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createApp(testConfig());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });
  afterAll(() => app.close());

  it('serves the OpenAPI document at /api/docs-json', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs-json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });

  it('serves Swagger UI at /api/docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('swagger-ui');
  });

  it('keeps every route under /api', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(404);
  });
});

import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { testConfig } from '@nextstep/testing';
import { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app';

describe('GET /api/health', () => {
  let app: NestFastifyApplication | undefined;

  async function start(extraEnv: Record<string, string> = {}): Promise<NestFastifyApplication> {
    app = await createApp(testConfig(extraEnv));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
  }

  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('answers 200 when Postgres and Redis are up', async () => {
    const api = await start();
    const res = await api.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('answers 503 naming redis when Redis does not answer', async () => {
    // Nothing listens on port 1: the same situation as a stopped Redis.
    const api = await start({ REDIS_URL: 'redis://127.0.0.1:1' });
    const res = await api.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'error', db: 'up', redis: 'down', message: 'redis is not answering' });
  });

  it('answers 503 naming db when Postgres is gone', async () => {
    const api = await start();
    await api.get(DataSource).destroy();
    const res = await api.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'error', db: 'down', redis: 'up', message: 'db is not answering' });
  });

  it('echoes a safe caller request id and invents one otherwise', async () => {
    const api = await start();
    const given = await api.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'support-1234' } });
    expect(given.headers['x-request-id']).toBe('support-1234');
    const unsafe = await api.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'bad id\nwith newline' } });
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

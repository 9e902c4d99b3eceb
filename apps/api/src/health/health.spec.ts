import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { currentTestServices, testConfig } from '@nextstep/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app';

describe('GET /api/health, /api/health/ready and /api/health/live', () => {
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
    for (const url of ['/api/health', '/api/health/ready']) {
      const res = await api.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', db: 'up', redis: 'up' });
    }
    const live = await api.inject({ method: 'GET', url: '/api/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ status: 'ok' });
  });

  it('asks Postgres on a connection of its own, kept open between probes', async () => {
    const api = await start();
    await api.inject({ method: 'GET', url: '/api/health/ready' });
    const rows: Array<{ n: number }> = await api
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'nextstep-api-health' AND datname = current_database()`);
    expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
  });

  it('answers 503 naming redis when Redis does not answer', async () => {
    // Nothing listens on port 1: the same situation as a stopped Redis.
    const api = await start({ REDIS_URL: 'redis://127.0.0.1:1' });
    const res = await api.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'error', db: 'up', redis: 'down', message: 'redis is not answering' });
    expect((await api.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(503);
    // Liveness asks nobody: restarting the process would not bring Redis back.
    expect((await api.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
  });

  it('answers 503 naming db when Postgres refuses new connections and drops the probe\'s', async () => {
    const api = await start();
    expect((await api.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);
    const database = new URL(currentTestServices().databaseUrl).pathname.slice(1);
    const admin = new Client({ connectionString: currentTestServices().databaseUrl.replace(/\/[^/]*$/, '/postgres'), application_name: 'health-spec' });
    await admin.connect();
    try {
      // What a database that is shut down or out of connections looks like to the probe; this test's own database only.
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'nextstep-api-health' AND datname = $1`, [database]);
      const res = await api.inject({ method: 'GET', url: '/api/health/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'error', db: 'down', redis: 'up', message: 'db is not answering' });
      expect((await api.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
    } finally {
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    expect((await api.inject({ method: 'GET', url: '/api/health/ready' })).statusCode).toBe(200);
  });

  it('answers 503 naming db when the app has lost its own connection pool', async () => {
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

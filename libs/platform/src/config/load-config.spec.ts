import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/nextstep',
      redis: { url: 'redis://127.0.0.1:6379', prefix: '{nextstep}' },
      mail: { smtpUrl: 'smtp://127.0.0.1:1025' },
      appBaseUrl: 'http://localhost:3000',
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ' }).port).toBe(3000);
  });

  it('coerces and trims values', () => {
    const config = loadConfig({ PORT: '8080', APP_BASE_URL: 'https://jobs.example.com/', LOG_PRETTY: 'true', NODE_ENV: 'test' });
    expect(config.port).toBe(8080);
    expect(config.appBaseUrl).toBe('https://jobs.example.com');
    expect(config.log.pretty).toBe(true);
  });

  it('names the variable and the value in one line when PORT is not a number', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrowError(
      new ConfigError(['PORT must be a whole number from 1 to 65535 (got "abc")']),
    );
  });

  it.each([
    ['PORT', '70000', /^Invalid configuration: PORT must be a whole number/],
    ['DATABASE_URL', 'mysql://localhost/db', /^Invalid configuration: DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\/$/],
    ['REDIS_URL', 'not a url', /^Invalid configuration: REDIS_URL must be a URL/],
    ['LOG_LEVEL', 'loud', /^Invalid configuration: LOG_LEVEL must be one of/],
    ['JWT_SECRET', 'short', /^Invalid configuration: JWT_SECRET must be at least 32 characters long$/],
    ['NODE_ENV', 'staging', /^Invalid configuration: NODE_ENV must be development, test or production/],
  ])('rejects %s=%s', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('never echoes secrets or URLs, which may hold passwords', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://user:hunter2@db/x' })).toThrow(/^(?!.*hunter2)/);
  });

  it('requires a real JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('JWT_SECRET is required in production');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).jwtSecret).toBe('x'.repeat(40));
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' })).toThrow(/PORT .*; LOG_LEVEL /);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});

describe('log format', () => {
  it('is pretty in development and JSON elsewhere unless LOG_PRETTY says otherwise', () => {
    expect(loadConfig({}).log.pretty).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).log.pretty).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).log.pretty).toBe(false);
    expect(loadConfig({ LOG_PRETTY: 'false' }).log.pretty).toBe(false);
    expect(() => loadConfig({ LOG_PRETTY: 'maybe' })).toThrow('LOG_PRETTY must be true or false (got "maybe")');
  });
});

describe('accounts settings', () => {
  it('has secure defaults', () => {
    const config = loadConfig({});
    expect(config.auth).toEqual({
      accessTokenTtlSeconds: 900,
      refreshTokenTtlDays: 30,
      passwordResetTtlMinutes: 30,
      emailVerificationTtlHours: 48,
      bootstrapAdmin: null,
    });
    expect(config.rateLimit).toEqual({ authPerMinute: 10, apiPerMinute: 600 });
  });

  it('needs both ADMIN_ variables and never echoes the password', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'boss@example.com' })).toThrow('ADMIN_PASSWORD must be set together with the other ADMIN_ variable');
    expect(() => loadConfig({ ADMIN_EMAIL: 'boss@example.com', ADMIN_PASSWORD: 'short' })).toThrow(
      /^Invalid configuration: ADMIN_PASSWORD must be at least 10 characters long$/,
    );
    expect(loadConfig({ ADMIN_EMAIL: 'boss@example.com', ADMIN_PASSWORD: 'long enough pass' }).auth.bootstrapAdmin).toEqual({
      email: 'boss@example.com',
      password: 'long enough pass',
    });
  });
});

describe('worker e-mail settings', () => {
  it('defaults to a one-hour thank-you delay, business hours and 50 e-mails per second', () => {
    expect(loadConfig({}).emails).toEqual({ thankYouDelayMinutes: 60, sendWindow: 'business-hours', ratePerSecond: 50 });
  });

  it('accepts SEND_WINDOW=always and a zero thank-you delay', () => {
    const config = loadConfig({ SEND_WINDOW: 'always', THANK_YOU_DELAY_MINUTES: '0', MAIL_RATE_PER_SECOND: '5' });
    expect(config.emails).toEqual({ thankYouDelayMinutes: 0, sendWindow: 'always', ratePerSecond: 5 });
  });

  it.each([
    ['SEND_WINDOW', 'weekends', 'SEND_WINDOW must be business-hours or always (got "weekends")'],
    ['THANK_YOU_DELAY_MINUTES', '-5', 'THANK_YOU_DELAY_MINUTES must be a whole number from 0 to 10080 (got "-5")'],
    ['MAIL_RATE_PER_SECOND', '0', 'MAIL_RATE_PER_SECOND must be a whole number from 1 to 10000 (got "0")'],
  ])('rejects %s=%s in one line', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrowError(new ConfigError([message]));
  });
});

describe('web app settings', () => {
  it('finds the web build itself unless WEB_DIST_DIR is set, and writes 50,000 URLs per sitemap file', () => {
    expect(loadConfig({}).web).toEqual({ distDir: null, sitemapEntriesPerFile: 50_000 });
    expect(loadConfig({ WEB_DIST_DIR: '/srv/nextstep/web', SITEMAP_ENTRIES_PER_FILE: '1000' }).web).toEqual({
      distDir: '/srv/nextstep/web',
      sitemapEntriesPerFile: 1000,
    });
  });

  it('refuses more URLs per sitemap file than the protocol allows', () => {
    expect(() => loadConfig({ SITEMAP_ENTRIES_PER_FILE: '50001' })).toThrowError(
      new ConfigError(['SITEMAP_ENTRIES_PER_FILE must be a whole number from 1 to 50000 (got "50001")']),
    );
  });
});

describe('job alert settings', () => {
  it('batches instant alerts for 15 minutes unless JOB_ALERT_BATCH_MINUTES says otherwise', () => {
    expect(loadConfig({}).jobAlerts).toEqual({ batchMinutes: 15 });
    expect(loadConfig({ JOB_ALERT_BATCH_MINUTES: '5' }).jobAlerts).toEqual({ batchMinutes: 5 });
    expect(() => loadConfig({ JOB_ALERT_BATCH_MINUTES: '0' })).toThrowError(
      new ConfigError(['JOB_ALERT_BATCH_MINUTES must be a whole number from 1 to 1440 (got "0")']),
    );
  });
});

describe('job search capacity settings', () => {
  it('gives search 4 connections of its own, 16 places in line and a 2 s statement timeout unless told otherwise', () => {
    expect(loadConfig({}).search).toEqual({ cacheSeconds: 30, index: 'auto', poolSize: 4, queueMax: 64, statementTimeoutMs: 2_000 });
    expect(loadConfig({ SEARCH_POOL_SIZE: '2', SEARCH_QUEUE_MAX: '0', SEARCH_STATEMENT_TIMEOUT_MS: '500' }).search).toMatchObject({
      poolSize: 2,
      queueMax: 0,
      statementTimeoutMs: 500,
    });
  });

  it('refuses a search pool without connections', () => {
    expect(() => loadConfig({ SEARCH_POOL_SIZE: '0' })).toThrowError(new ConfigError(['SEARCH_POOL_SIZE must be a whole number from 1 to 100 (got "0")']));
  });
});

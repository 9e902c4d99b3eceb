import { isIP } from 'node:net';
import { z } from 'zod';

const DEV_JWT_SECRET = 'dev-only-secret-change-me-dev-only-secret';

/**
 * A whole-number variable from `min` to `max`, `fallback` when unset. Every
 * failure (not a number, a fraction, out of range) gets the one message that
 * names the range, so the operator sees what to write instead.
 */
const wholeNumber = (fallback: number, min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
};

const url = (protocols: string[], fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      { error: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
    );

/** A boolean variable; `undefined` when unset so the caller picks the default. */
const flag = () =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true' || value === '1'));

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * The proxies whose X-Forwarded-For the API believes, as addresses, CIDR
 * ranges or proxy-addr's names (loopback, linklocal, uniquelocal); unset or
 * "false": none, and the client is the TCP peer. "true" is refused: it would
 * let every client choose its own IP and step around the per-IP limits.
 */
const trustedProxies = () =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value || value === 'false') return false as const;
      const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
      const bad = entries.find((entry) => !isProxyAddress(entry));
      if (bad !== undefined || !entries.length) {
        ctx.addIssue({
          code: 'custom',
          message: `must list the proxies' addresses or CIDR ranges (e.g. 10.0.0.5,10.1.0.0/16 or loopback), or be false${bad ? `; "${bad}" is not one` : ''}`,
        });
        return z.NEVER;
      }
      return entries;
    });

/**
 * Every environment variable the apps read, with its default. Keep
 * `.env.example` and the README's configuration table in step with it.
 */
export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'must be development, test or production' }).default('development'),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    PORT: wholeNumber(3000, 1, 65_535),
    TRUST_PROXY: trustedProxies(),
    DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432/nextstep'),
    REDIS_URL: url(['redis:', 'rediss:'], 'redis://127.0.0.1:6379'),
    // Curly braces make every queue key hash to one slot, so a Redis Cluster works too.
    REDIS_PREFIX: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9:_{}-]+$/, { error: 'may only contain letters, digits, ":", "_", "-", "{" and "}"' })
      .default('{nextstep}'),
    SMTP_URL: url(['smtp:', 'smtps:'], 'smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().trim().min(3).default('Nextstep <no-reply@nextstep.local>'),
    JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters long' }).optional(),
    APP_BASE_URL: url(['http:', 'https:'], 'http://localhost:3000'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
    LOG_PRETTY: flag(),
    // Created at start-up when both are set and no admin exists yet.
    ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).optional(),
    ADMIN_PASSWORD: z.string().min(10, { error: 'must be at least 10 characters long' }).optional(),
    ACCESS_TOKEN_TTL_SECONDS: wholeNumber(900, 1, 86_400),
    REFRESH_TOKEN_TTL_DAYS: wholeNumber(30, 1, 365),
    // Requests per minute; shared by every API instance through Redis.
    RATE_LIMIT_AUTH_PER_MINUTE: wholeNumber(10, 1, 1_000_000),
    RATE_LIMIT_API_PER_MINUTE: wholeNumber(600, 1, 1_000_000),
    // Days without news after an interview before the candidate should call (guidance policy).
    FOLLOW_UP_AFTER_DAYS: wholeNumber(14, 1, 90),
    // Minutes after an interview ends before the thank-you reminder goes out (0: at once).
    THANK_YOU_DELAY_MINUTES: wholeNumber(60, 0, 10_080),
    // business-hours: reminders wait for the candidate's local Mon–Fri 09:00–17:00; always: no waiting.
    SEND_WINDOW: z.enum(['business-hours', 'always'], { error: 'must be business-hours or always' }).default('business-hours'),
    // Upper bound on e-mails per second across every worker (a BullMQ rate limit kept in Redis).
    MAIL_RATE_PER_SECOND: wholeNumber(50, 1, 10_000),
    // Seconds a public job search answer is reused from Redis (0: no cache). Writes through the API invalidate at once.
    SEARCH_CACHE_SECONDS: wholeNumber(30, 0, 3_600),
    // Which index orders relevance searches: auto (RUM when the migration could create jobs_search_rum_idx, else GIN),
    // or force one; gin works on any Postgres, rum fails the first search when the index is missing.
    SEARCH_INDEX: z.enum(['auto', 'rum', 'gin'], { error: 'must be auto, rum or gin' }).default('auto'),
    // The job search's own Postgres connections (apart from the main pool, so sign-in and writes keep theirs), how many
    // searches may wait for one (one more: 503 SEARCH_BUSY at once), and its statement timeout (past it: 503 SEARCH_TIMEOUT).
    SEARCH_POOL_SIZE: wholeNumber(4, 1, 100),
    SEARCH_QUEUE_MAX: wholeNumber(64, 0, 10_000),
    SEARCH_STATEMENT_TIMEOUT_MS: wholeNumber(2_000, 1, 600_000),
    // Minutes an instant job alert collects new matches before they go out together.
    JOB_ALERT_BATCH_MINUTES: wholeNumber(15, 1, 1_440),
    // The built web app the API serves on its own port; unset: <workspace>/dist/apps/web, found from the running code.
    WEB_DIST_DIR: z.string().trim().min(1).optional(),
    // URLs per sitemap file (the protocol allows 50,000); past it /sitemap.xml becomes a sitemap index.
    SITEMAP_ENTRIES_PER_FILE: wholeNumber(50_000, 1, 50_000),
    // Hard limits on reading an uploaded PDF or .docx (in a worker thread): what its compressed parts may unpack to,
    // its pages, the time and the heap the reading may take. Over a limit: 400 naming it.
    RESUME_MAX_INFLATED_MB: wholeNumber(20, 1, 1_024),
    RESUME_MAX_PAGES: wholeNumber(50, 1, 10_000),
    RESUME_EXTRACTION_TIMEOUT_MS: wholeNumber(10_000, 1, 300_000),
    RESUME_EXTRACTION_MEMORY_MB: wholeNumber(256, 16, 8_192),
    // How long the links in password-reset and address-verification e-mails work.
    PASSWORD_RESET_TTL_MINUTES: wholeNumber(30, 1, 1_440),
    EMAIL_VERIFICATION_TTL_HOURS: wholeNumber(48, 1, 720),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      const missing = env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'must be set together with the other ADMIN_ variable' });
    }
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    /** For Fastify's `trustProxy`: false, or the proxies whose forwarded headers are believed. */
    trustProxy: env.TRUST_PROXY,
    databaseUrl: env.DATABASE_URL,
    redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    jwtSecret: env.JWT_SECRET ?? DEV_JWT_SECRET,
    appBaseUrl: env.APP_BASE_URL.replace(/\/+$/, ''),
    // Humans read development logs; machines read everything else.
    log: { level: env.LOG_LEVEL, pretty: env.LOG_PRETTY ?? env.NODE_ENV === 'development' },
    auth: {
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      bootstrapAdmin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : null,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      emailVerificationTtlHours: env.EMAIL_VERIFICATION_TTL_HOURS,
    },
    guidance: { followUpAfterDays: env.FOLLOW_UP_AFTER_DAYS },
    emails: {
      thankYouDelayMinutes: env.THANK_YOU_DELAY_MINUTES,
      sendWindow: env.SEND_WINDOW,
      ratePerSecond: env.MAIL_RATE_PER_SECOND,
    },
    search: {
      cacheSeconds: env.SEARCH_CACHE_SECONDS,
      index: env.SEARCH_INDEX,
      poolSize: env.SEARCH_POOL_SIZE,
      queueMax: env.SEARCH_QUEUE_MAX,
      statementTimeoutMs: env.SEARCH_STATEMENT_TIMEOUT_MS,
    },
    jobAlerts: { batchMinutes: env.JOB_ALERT_BATCH_MINUTES },
    web: { distDir: env.WEB_DIST_DIR ?? null, sitemapEntriesPerFile: env.SITEMAP_ENTRIES_PER_FILE },
    resumes: {
      maxInflatedMb: env.RESUME_MAX_INFLATED_MB,
      maxPages: env.RESUME_MAX_PAGES,
      timeoutMs: env.RESUME_EXTRACTION_TIMEOUT_MS,
      memoryMb: env.RESUME_EXTRACTION_MEMORY_MB,
    },
    rateLimit: { authPerMinute: env.RATE_LIMIT_AUTH_PER_MINUTE, apiPerMinute: env.RATE_LIMIT_API_PER_MINUTE },
  }));

export type AppConfig = Readonly<z.output<typeof envSchema>>;

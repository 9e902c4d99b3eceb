import type { AppConfig } from '../config/config.schema';
import type { RedisOptions } from 'ioredis';

/** REDIS_URL as ioredis options, so BullMQ owns (and closes) every connection it makes. */
function fromUrl(config: AppConfig, connectionName: string): RedisOptions {
  const url = new URL(config.redis.url);
  const db = Number(url.pathname.replace(/^\//, '') || 0);
  return {
    connectionName,
    host: url.hostname,
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    db: Number.isInteger(db) ? db : 0,
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2_000),
  };
}

/**
 * Producers (adding and removing jobs) fail fast while Redis is down: the
 * scheduled_emails row is already committed and the sweep adds the job later,
 * so waiting would only hold up the relay.
 */
export function producerConnection(config: AppConfig, name: string): RedisOptions {
  return { ...fromUrl(config, name), enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2_000 };
}

/** BullMQ workers block on Redis and must retry forever (BullMQ requires maxRetriesPerRequest: null). */
export function workerConnection(config: AppConfig, name: string): RedisOptions {
  return { ...fromUrl(config, name), maxRetriesPerRequest: null };
}

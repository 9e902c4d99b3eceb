import type Redis from 'ioredis';

/** Resolves when the client is connected; rejects when `signal` aborts first. */
export function redisReady(redis: Redis, signal?: AbortSignal): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onReady = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      redis.off('ready', onReady);
      reject(new Error('Redis is not connected'));
    };
    if (signal?.aborted) return onAbort();
    redis.once('ready', onReady);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

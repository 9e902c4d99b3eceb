/** Concurrent sends per worker process; the rate limiter (shared in Redis) caps the total. */
export const EMAIL_CONCURRENCY = 50;

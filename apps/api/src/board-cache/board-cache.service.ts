import { Injectable, Logger } from '@nestjs/common';
import { InjectConfig, InjectRedis, type AppConfig } from '@nextstep/platform';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';

/** What a lookup found: the cached JSON bytes, or the board version to store a fresh answer under. */
export type BoardCacheLookup = { hit: true; json: Buffer } | { hit: false; version: string };

const NEWLINE = 0x0a;

/**
 * A shared cache of public job-board answers (searches), kept in Redis so
 * every API instance uses and invalidates the same entries.
 *
 * Invalidation is by version: each entry records the board version it was
 * computed under, and any write to jobs, companies or branches bumps the
 * version, so no instance serves an answer older than the last write it
 * could see. The TTL bounds what a version cannot see: time passing (a job's
 * closing time, "posted within N days") and writes made outside the API.
 * Redis trouble never fails a request: the answer is then computed afresh.
 */
@Injectable()
export class BoardCache {
  private readonly logger = new Logger(BoardCache.name);
  private readonly ttlSeconds: number;
  private readonly versionKey: string;
  private readonly entryPrefix: string;
  private lastWarning = 0;

  constructor(
    @InjectRedis() private readonly redis: Redis,
    @InjectConfig() config: AppConfig,
  ) {
    this.ttlSeconds = config.search.cacheSeconds;
    // One hash tag keeps the version and the entries in one slot, so MGET works on a Redis Cluster.
    this.versionKey = `${config.redis.prefix}:board:{cache}:version`;
    this.entryPrefix = `${config.redis.prefix}:board:{cache}:entry:`;
  }

  get enabled(): boolean {
    return this.ttlSeconds > 0;
  }

  /** `parts` identify the answer completely (route, validated criteria, cursor). */
  keyFor(...parts: unknown[]): string {
    return this.entryPrefix + createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  }

  async lookup(key: string): Promise<BoardCacheLookup> {
    try {
      const [version, entry] = await this.redis.mgetBuffer(this.versionKey, key);
      const current = version?.toString() ?? '0';
      // An entry is "<version>\n<json>"; the JSON bytes are sent as they are, never decoded or parsed.
      if (entry) {
        const newline = entry.indexOf(NEWLINE);
        if (newline > 0 && entry.toString('latin1', 0, newline) === current) return { hit: true, json: entry.subarray(newline + 1) };
      }
      return { hit: false, version: current };
    } catch (error) {
      this.warn('read', error);
      return { hit: false, version: '' };
    }
  }

  /** Stores an answer computed under `version` (from the lookup made before computing it). */
  store(key: string, version: string, json: Buffer): void {
    if (!version) return;
    this.redis.set(key, Buffer.concat([Buffer.from(`${version}\n`), json]), 'EX', this.ttlSeconds).catch((error: unknown) => this.warn('write', error));
  }

  /** Call after committing a write that changes what the board shows. */
  async invalidate(): Promise<void> {
    if (!this.enabled) return;
    try {
      await this.redis.incr(this.versionKey);
    } catch (error) {
      this.warn('invalidate', error);
    }
  }

  // One line a minute at most: an outage must not flood the logs from every request.
  private warn(action: string, error: unknown): void {
    const now = Date.now();
    if (now - this.lastWarning < 60_000) return;
    this.lastWarning = now;
    this.logger.warn(`Board cache ${action} skipped, Redis unavailable: ${error instanceof Error ? error.message : String(error)}`);
  }
}

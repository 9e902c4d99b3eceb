import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectRedis, redisReady } from '@nextstep/platform';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';

const REDIS_READY_TIMEOUT_MS = 30_000;

/** Refuses to report "ready" until Postgres and Redis both answer. */
@Injectable()
export class ReadinessService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadinessService.name);

  constructor(
    private readonly dataSource: DataSource,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.query('SELECT 1');
    await redisReady(this.redis, AbortSignal.timeout(REDIS_READY_TIMEOUT_MS)).catch(() => {
      throw new Error(`Redis did not answer within ${REDIS_READY_TIMEOUT_MS / 1000} s`);
    });
    await this.redis.ping();
    this.logger.log('Worker ready: connected to Postgres and Redis');
  }

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`Worker stopped${signal ? ` on ${signal}` : ''}`);
  }

}

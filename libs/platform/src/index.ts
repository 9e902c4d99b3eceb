export { envSchema, type AppConfig } from './config/config.schema';
export { ConfigError, loadConfig, loadConfigOrExit } from './config/load-config';
export { APP_CONFIG, ConfigModule, InjectConfig } from './config/config.module';
export { LoggingModule, REQUEST_ID_HEADER, requestIdFor } from './logging/logging.module';
export { createRedisClient, InjectRedis, REDIS, RedisModule } from './redis/redis.module';
export { redisReady } from './redis/redis-ready';
export { closeOnSignals } from './lifecycle/graceful-shutdown';
export { Clock, ClockModule, SystemClock } from './clock/clock';
export { hashPassword, verifyPassword } from './security/password-hash';

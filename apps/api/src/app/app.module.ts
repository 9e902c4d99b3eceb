import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '@nextstep/db';
import { ConfigModule, LoggingModule, RedisModule, type AppConfig } from '@nextstep/platform';
import { HealthModule } from '../health/health.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule.forRoot('nextstep-api'), RedisModule, HealthModule],
    };
  }
}

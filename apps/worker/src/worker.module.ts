import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '@nextstep/db';
import { ConfigModule, LoggingModule, RedisModule, type AppConfig } from '@nextstep/platform';
import { ReadinessService } from './readiness.service';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule.forRoot('nextstep-worker'), RedisModule],
      providers: [ReadinessService],
    };
  }
}

import { Module, type DynamicModule } from '@nestjs/common';
import { DatabaseModule } from '@nextstep/db';
import { ClockModule, ConfigModule, LoggingModule, RedisModule, type AppConfig, type Clock } from '@nextstep/platform';
import { ApplicationsModule } from '../applications/applications.module';
import { AuthModule } from '../auth/auth.module';
import { RateLimitModule } from '../common/rate-limit/rate-limit.module';
import { BranchesModule } from '../branches/branches.module';
import { CompaniesModule } from '../companies/companies.module';
import { HealthModule } from '../health/health.module';
import { JobsModule } from '../jobs/jobs.module';
import { JobAlertsModule } from '../job-alerts/job-alerts.module';
import { MeModule } from '../me/me.module';
import { QueueBoardModule } from '../queue-board/queue-board.module';
import { UsersModule } from '../users/users.module';
import { UnsubscribeModule } from '../unsubscribe/unsubscribe.module';
import { WebModule } from '../web/web.module';

export interface AppOptions {
  /** Tests pin the time; everything else uses the system clock. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(options.clock),
        LoggingModule,
        DatabaseModule.forRoot('nextstep-api'),
        RedisModule,
        // Guards run in this order: rate limit, then authentication and roles.
        RateLimitModule,
        AuthModule,
        HealthModule,
        UsersModule,
        MeModule,
        ApplicationsModule,
        BranchesModule,
        CompaniesModule,
        JobsModule,
        JobAlertsModule,
        QueueBoardModule,
        UnsubscribeModule,
        WebModule,
      ],
    };
  }
}

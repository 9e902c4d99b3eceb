import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@nextstep/platform';
import { dataSourceOptions } from './data-source-options';

/** The TypeORM connection for an app; `applicationName` shows up in pg_stat_activity. */
@Module({})
export class DatabaseModule {
  static forRoot(applicationName: string) {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.databaseUrl, { applicationName }),
            retryAttempts: 5,
            retryDelay: 1_000,
          }),
        }),
      ],
    };
  }
}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobAlert } from '@nextstep/db';
import { BranchesModule } from '../branches/branches.module';
import { GuestJobAlertsController } from './guest-job-alerts.controller';
import { JobAlertCriteria } from './job-alert-criteria.service';
import { JobAlertMailQueue } from './job-alert-mail.queue';
import { JobAlertsController } from './job-alerts.controller';
import { JobAlertsService } from './job-alerts.service';

/** Saved searches that e-mail new jobs; the worker (apps/worker/src/alerts) matches and sends them. */
@Module({
  imports: [TypeOrmModule.forFeature([JobAlert]), BranchesModule],
  controllers: [JobAlertsController, GuestJobAlertsController],
  providers: [JobAlertsService, JobAlertCriteria, JobAlertMailQueue],
})
export class JobAlertsModule {}

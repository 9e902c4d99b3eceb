import { Module } from '@nestjs/common';
import { ApplicationStore } from './application.store';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { FollowUpsService } from './follow-ups.service';
import { InterviewsService } from './interviews.service';
import { RecruiterConsoleController } from './recruiter-console.controller';
import { RecruiterConsoleService } from './recruiter-console.service';

@Module({
  controllers: [ApplicationsController, RecruiterConsoleController],
  providers: [ApplicationStore, ApplicationsService, FollowUpsService, InterviewsService, RecruiterConsoleService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}

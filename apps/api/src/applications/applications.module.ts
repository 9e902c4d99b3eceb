import { Module } from '@nestjs/common';
import { ApplicationStore } from './application-store';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { FollowUpsService } from './follow-ups.service';
import { InterviewsService } from './interviews.service';

@Module({
  controllers: [ApplicationsController],
  providers: [ApplicationStore, ApplicationsService, FollowUpsService, InterviewsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CandidateProfile, Job } from '@nextstep/db';
import { BoardCacheModule } from '../board-cache/board-cache.module';
import { BranchesModule } from '../branches/branches.module';
import { SearchDatabaseModule } from '../common/database/search-database.module';
import { JobFitController } from './job-fit.controller';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { JobSuggestionsController } from './suggest/job-suggestions.controller';
import { JobSuggestionsService } from './suggest/job-suggestions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Job, CandidateProfile]), BoardCacheModule, SearchDatabaseModule, BranchesModule],
  controllers: [JobSuggestionsController, JobsController, JobFitController],
  providers: [JobsService, JobSuggestionsService],
  exports: [JobsService],
})
export class JobsModule {}

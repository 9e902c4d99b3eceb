import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorBody } from '../common/errors/api-error';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { JobResumeFitDto } from './dto/resume-fit.dto';
import { JobsService } from './jobs.service';

// Its own controller: the job board's reads are public, this one needs the candidate.
@ApiTags('jobs')
@ApiBearerAuth()
@Roles('candidate')
@Controller('jobs')
export class JobFitController {
  constructor(private readonly jobs: JobsService) {}

  @Get(':id/resume-fit')
  @ApiOperation({ summary: 'How your resume on file covers the skills of a job (matched and missing), before you apply' })
  @ApiOkResponse({ type: JobResumeFitDto })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  resumeFit(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string): Promise<JobResumeFitDto> {
    return this.jobs.resumeFit(id, user.id);
  }
}

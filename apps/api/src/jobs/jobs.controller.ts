import { Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { Public } from '../auth/auth.decorators';
import { ApiErrorBody } from '../common/errors/api-error';
import { JobDetailDto, JobSearchResultDto } from './dto/job.dto';
import { SearchJobsQuery } from './dto/search-jobs.query';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@Public()
@Controller('jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @ApiOperation({
    summary: 'Search open jobs',
    description: 'Full text (with stemming), filters and keyset pagination: pass nextCursor as cursor until it is null.',
  })
  @ApiOkResponse({ type: JobSearchResultDto })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'A query parameter is invalid; `fields` names it' })
  // The body arrives as JSON text (often straight from the cache), so it is sent as is.
  @Header('content-type', 'application/json; charset=utf-8')
  search(@Query() query: SearchJobsQuery): Promise<Buffer> {
    return this.jobs.searchJson(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A job with its company profile and the branch to contact' })
  @ApiOkResponse({ type: JobDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(@Param('id', UuidParam()) id: string): Promise<JobDetailDto> {
    return this.jobs.getPublic(id);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../auth/auth.decorators';
import { ApiErrorBody } from '../../common/errors/api-error';
import { JobSuggestionsDto, SuggestJobsQuery } from './job-suggestions.dto';
import { JobSuggestionsService } from './job-suggestions.service';

@ApiTags('jobs')
@Public()
@Controller('jobs/suggest')
export class JobSuggestionsController {
  constructor(private readonly suggestions: JobSuggestionsService) {}

  @Get()
  @ApiOperation({ summary: 'Titles and skills of open jobs for what the person is typing in the search box' })
  @ApiOkResponse({ type: JobSuggestionsDto })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'prefix is missing, too short or too long; `fields` names it' })
  @ApiServiceUnavailableResponse({ type: ApiErrorBody, description: 'SEARCH_BUSY or SEARCH_TIMEOUT, with Retry-After' })
  suggest(@Query() query: SuggestJobsQuery): Promise<JobSuggestionsDto> {
    return this.suggestions.suggest(query.prefix, query.limit ?? 8);
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { Public } from '../auth/auth.decorators';
import { ApiErrorBody } from '../common/errors/api-error';
import { CompaniesService } from './companies.service';
import { CompanyPublicProfileDto } from './dto/company.dto';

@ApiTags('companies')
@Public()
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get(':id')
  @ApiOperation({ summary: 'Public profile of a client company (404 for confidential companies)' })
  @ApiOkResponse({ type: CompanyPublicProfileDto })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(@Param('id', UuidParam()) id: string): Promise<CompanyPublicProfileDto> {
    return this.companies.getPublic(id);
  }
}

import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorBody } from '../common/errors/api-error';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { CompaniesService } from './companies.service';
import { CompanyDto, CompanyPublicProfileDto } from './dto/company.dto';
import { CreateCompanyDto, UpdateCompanyDto } from './dto/company-write.dto';
import { PublishedOperation, STAFF_CATALOG_TAG } from '../common/docs/published-operation';

/**
 * Every verb on client companies, each with who may call it on the route: the
 * public profile (confidential companies are "not found"), the staff reads
 * under /staff/companies (every company, confidential ones unmasked) and the
 * writes. Recruiters maintain their own branch's clients; others' they read
 * and post jobs for, but may not change.
 */
@Controller()
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get('companies/:id')
  @Public()
  @ApiTags('companies')
  @ApiOperation({ summary: 'Public profile of a client company (404 for confidential companies)' })
  @ApiOkResponse({ type: CompanyPublicProfileDto })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(@Param('id', UuidParam()) id: string): Promise<CompanyPublicProfileDto> {
    return this.companies.getPublic(id);
  }

  @PublishedOperation('StaffCatalogController_listCompanies', STAFF_CATALOG_TAG)
  @Get('staff/companies')
  @Roles('recruiter', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: [CompanyDto] })
  listForStaff(): Promise<CompanyDto[]> {
    return this.companies.listForStaff();
  }

  @PublishedOperation('StaffCatalogController_company', STAFF_CATALOG_TAG)
  @Get('staff/companies/:id')
  @Roles('recruiter', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: CompanyDto })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  getForStaff(@Param('id', UuidParam()) id: string): Promise<CompanyDto> {
    return this.companies.get(id);
  }

  @PublishedOperation('CatalogAdminController_createCompany', STAFF_CATALOG_TAG)
  @Post('companies')
  @Roles('recruiter', 'admin')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: CompanyDto })
  @ApiForbiddenResponse({ type: ApiErrorBody, description: 'A recruiter giving the client to another branch' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCompanyDto): Promise<CompanyDto> {
    return this.companies.create(dto, user);
  }

  @PublishedOperation('CatalogAdminController_updateCompany', STAFF_CATALOG_TAG)
  @Patch('companies/:id')
  @Roles('recruiter', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: CompanyDto })
  @ApiForbiddenResponse({
    type: ApiErrorBody,
    description: 'A recruiter of another branch: they may read the client and post jobs for it, not change it',
  })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: UpdateCompanyDto): Promise<CompanyDto> {
    return this.companies.update(id, dto, user);
  }
}

import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorBody } from '../common/errors/api-error';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { CompaniesService } from '../companies/companies.service';
import { CompanyDto } from '../companies/dto/company.dto';
import { JobDto } from '../jobs/dto/job.dto';
import { JobsService } from '../jobs/jobs.service';

export class StaffJobsQuery {
  @ApiPropertyOptional({ description: "Admins: one branch's jobs (default: all). Recruiters always get their own branch's." })
  @IsOptional()
  @IsUUID('all', { message: 'branchId must be a UUID' })
  branchId?: string;
}

/**
 * The read side the editors need: jobs in every status (drafts are not on
 * the public board) and every client company, confidential ones unmasked.
 * A recruiter reads their own branch's jobs; another branch's is "not found".
 */
@ApiTags('job board (staff)')
@ApiBearerAuth()
@Roles('recruiter', 'admin')
@Controller('staff')
export class StaffCatalogController {
  constructor(
    private readonly jobs: JobsService,
    private readonly companies: CompaniesService,
  ) {}

  @Get('jobs')
  @ApiOkResponse({ type: [JobDto], description: 'Newest change first, at most 200.' })
  listJobs(@CurrentUser() user: AuthUser, @Query() query: StaffJobsQuery): Promise<JobDto[]> {
    if (user.role !== 'recruiter') return this.jobs.listForStaff(query.branchId ?? null);
    return user.branchId ? this.jobs.listForStaff(user.branchId) : Promise.resolve([]);
  }

  @Get('jobs/:id')
  @ApiOkResponse({ type: JobDto })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  async job(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string): Promise<JobDto> {
    const job = await this.jobs.get(id);
    if (user.role === 'recruiter' && job.branchId !== user.branchId) throw new NotFoundException('There is no job with this id.');
    return job;
  }

  @Get('companies')
  @ApiOkResponse({ type: [CompanyDto] })
  listCompanies(): Promise<CompanyDto[]> {
    return this.companies.listForStaff();
  }

  @Get('companies/:id')
  @ApiOkResponse({ type: CompanyDto })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  company(@Param('id', UuidParam()) id: string): Promise<CompanyDto> {
    return this.companies.get(id);
  }
}

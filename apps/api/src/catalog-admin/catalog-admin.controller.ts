import { Body, Controller, ForbiddenException, HttpCode, HttpStatus, NotFoundException, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { BranchesService } from '../branches/branches.service';
import { BranchDto } from '../branches/dto/branch.dto';
import { CreateBranchDto, UpdateBranchDto } from '../branches/dto/branch-write.dto';
import { CompaniesService } from '../companies/companies.service';
import { CompanyDto } from '../companies/dto/company.dto';
import { CreateCompanyDto, UpdateCompanyDto } from '../companies/dto/company-write.dto';
import { ApiErrorBody } from '../common/errors/api-error';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { JobDto } from '../jobs/dto/job.dto';
import { CreateJobDto, UpdateJobDto } from '../jobs/dto/job-write.dto';
import { JobsService } from '../jobs/jobs.service';

export class CloseJobDto {
  @ApiPropertyOptional({ enum: ['closed', 'filled'], default: 'closed' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['closed', 'filled'], { message: 'outcome must be closed or filled' })
  outcome?: 'closed' | 'filled';
}

/**
 * The write side of the job board. Thin: the services validate and store;
 * this controller only decides who may write what. Recruiters post and edit
 * jobs of their own branch (another branch's job is "not found"; moving a job
 * to another branch is forbidden) and maintain their own branch's client
 * companies (others' they read and post jobs for); only admins run branches.
 */
@ApiTags('job board (staff)')
@ApiBearerAuth()
@Controller()
export class CatalogAdminController {
  constructor(
    private readonly branches: BranchesService,
    private readonly companies: CompaniesService,
    private readonly jobs: JobsService,
  ) {}

  @Post('branches')
  @Roles('admin')
  @ApiCreatedResponse({ type: BranchDto })
  createBranch(@Body() dto: CreateBranchDto): Promise<BranchDto> {
    return this.branches.create(dto);
  }

  @Patch('branches/:id')
  @Roles('admin')
  @ApiOkResponse({ type: BranchDto })
  updateBranch(@Param('id', UuidParam()) id: string, @Body() dto: UpdateBranchDto): Promise<BranchDto> {
    return this.branches.update(id, dto);
  }

  @Post('companies')
  @Roles('recruiter', 'admin')
  @ApiCreatedResponse({ type: CompanyDto })
  @ApiForbiddenResponse({ type: ApiErrorBody, description: 'A recruiter giving the client to another branch' })
  createCompany(@CurrentUser() user: AuthUser, @Body() dto: CreateCompanyDto): Promise<CompanyDto> {
    return this.companies.create(dto, user);
  }

  @Patch('companies/:id')
  @Roles('recruiter', 'admin')
  @ApiOkResponse({ type: CompanyDto })
  @ApiForbiddenResponse({ type: ApiErrorBody, description: "A recruiter of another branch: they may read the client and post jobs for it, not change it" })
  updateCompany(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: UpdateCompanyDto): Promise<CompanyDto> {
    return this.companies.update(id, dto, user);
  }

  @Post('jobs')
  @Roles('recruiter', 'admin')
  @ApiCreatedResponse({ type: JobDto })
  @ApiForbiddenResponse({ type: ApiErrorBody, description: 'A recruiter posting for another branch' })
  createJob(@CurrentUser() user: AuthUser, @Body() dto: CreateJobDto): Promise<JobDto> {
    assertOwnBranch(user, dto.branchId);
    return this.jobs.create(dto, user.id);
  }

  @Patch('jobs/:id')
  @Roles('recruiter', 'admin')
  @ApiOkResponse({ type: JobDto })
  async updateJob(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: UpdateJobDto): Promise<JobDto> {
    await this.ownJob(user, id);
    if (dto.branchId !== undefined) assertOwnBranch(user, dto.branchId);
    return this.jobs.update(id, dto, user.id);
  }

  @Post('jobs/:id/close')
  @Roles('recruiter', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: JobDto })
  async closeJob(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: CloseJobDto): Promise<JobDto> {
    await this.ownJob(user, id);
    return this.jobs.close(id, dto.outcome ?? 'closed', user.id);
  }

  private async ownJob(user: AuthUser, id: string): Promise<void> {
    const job = await this.jobs.findOrFail(id);
    if (user.role === 'recruiter' && job.branchId !== user.branchId) throw new NotFoundException('There is no job with this id.');
  }
}

function assertOwnBranch(user: AuthUser, branchId: string): void {
  if (user.role === 'recruiter' && branchId !== user.branchId) {
    throw new ForbiddenException({ code: 'FORBIDDEN', message: 'Recruiters post and edit jobs for their own branch only.' });
  }
}

import {
  Body,
  Controller,
  ForbiddenException,
  Get,
  Header,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
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
import { ErrorCode } from '@nextstep/contracts';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorBody } from '../common/errors/api-error';
import { ApiConflictCodes } from '../common/errors/api-error-responses';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { CloseJobDto } from './dto/close-job.dto';
import { JobDetailDto, JobDto, JobSearchResultDto } from './dto/job.dto';
import { CreateJobDto, UpdateJobDto } from './dto/job-write.dto';
import { SearchJobsQuery } from './dto/search-jobs.query';
import { StaffJobsQuery } from './dto/staff-jobs.query';
import { JobsService } from './jobs.service';
import { PublishedOperation, STAFF_CATALOG_TAG } from '../common/docs/published-operation';

/**
 * Every verb on jobs, each with who may call it on the route itself: the
 * public board (search, a job page), the staff reads (jobs in every status,
 * drafts included, under /staff/jobs) and the writes. Recruiters post, edit
 * and close jobs of their own branch: another branch's job is "not found",
 * and moving a job to another branch is forbidden. Admins may do all of it.
 */
@Controller()
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get('jobs')
  @Public()
  @ApiTags('jobs')
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

  @Get('jobs/:id')
  @Public()
  @ApiTags('jobs')
  @ApiOperation({ summary: 'A job with its company profile and the branch to contact' })
  @ApiOkResponse({ type: JobDetailDto })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  get(@Param('id', UuidParam()) id: string): Promise<JobDetailDto> {
    return this.jobs.getPublic(id);
  }

  @PublishedOperation('StaffCatalogController_listJobs', STAFF_CATALOG_TAG)
  @Get('staff/jobs')
  @Roles('recruiter', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: [JobDto], description: 'Newest change first, at most 200.' })
  listForStaff(@CurrentUser() user: AuthUser, @Query() query: StaffJobsQuery): Promise<JobDto[]> {
    if (user.role !== 'recruiter') return this.jobs.listForStaff(query.branchId ?? null);
    return user.branchId ? this.jobs.listForStaff(user.branchId) : Promise.resolve([]);
  }

  @PublishedOperation('StaffCatalogController_job', STAFF_CATALOG_TAG)
  @Get('staff/jobs/:id')
  @Roles('recruiter', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: JobDto })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  async getForStaff(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string): Promise<JobDto> {
    const job = await this.jobs.get(id);
    if (user.role === 'recruiter' && job.branchId !== user.branchId) throw new NotFoundException('There is no job with this id.');
    return job;
  }

  @PublishedOperation('CatalogAdminController_createJob', STAFF_CATALOG_TAG)
  @Post('jobs')
  @Roles('recruiter', 'admin')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: JobDto })
  @ApiForbiddenResponse({ type: ApiErrorBody, description: 'A recruiter posting for another branch' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateJobDto): Promise<JobDto> {
    assertOwnBranch(user, dto.branchId);
    return this.jobs.create(dto, user.id);
  }

  @PublishedOperation('CatalogAdminController_updateJob', STAFF_CATALOG_TAG)
  @Patch('jobs/:id')
  @Roles('recruiter', 'admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: JobDto })
  @ApiConflictCodes(ErrorCode.JOB_STATUS_CHANGE_REFUSED)
  async update(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: UpdateJobDto): Promise<JobDto> {
    await this.ownJob(user, id);
    if (dto.branchId !== undefined) assertOwnBranch(user, dto.branchId);
    return this.jobs.update(id, dto, user.id);
  }

  @PublishedOperation('CatalogAdminController_closeJob', STAFF_CATALOG_TAG)
  @Post('jobs/:id/close')
  @Roles('recruiter', 'admin')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: JobDto })
  @ApiConflictCodes(ErrorCode.JOB_STATUS_CHANGE_REFUSED)
  async close(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: CloseJobDto): Promise<JobDto> {
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
    throw new ForbiddenException({ code: ErrorCode.FORBIDDEN, message: 'Recruiters post and edit jobs for their own branch only.' });
  }
}

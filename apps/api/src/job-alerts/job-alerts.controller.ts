import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorCode } from '@nextstep/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorBody } from '../common/errors/api-error';
import { ApiConflictCodes } from '../common/errors/api-error-responses';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { CreateJobAlertDto, UpdateJobAlertDto } from './dto/job-alert-input.dto';
import { JobAlertDto } from './dto/job-alert.dto';
import { JobAlertsService } from './job-alerts.service';

@ApiTags('job alerts')
@ApiBearerAuth()
@Roles('candidate')
@Controller('me/job-alerts')
export class JobAlertsController {
  constructor(private readonly alerts: JobAlertsService) {}

  @Get()
  @ApiOperation({ summary: 'Your job alerts (saved searches that e-mail you new matching jobs)' })
  @ApiOkResponse({ type: [JobAlertDto] })
  list(@CurrentUser() user: AuthUser): Promise<JobAlertDto[]> {
    return this.alerts.list(user.id);
  }

  @Post()
  @ApiOperation({
    summary: 'Save a search as a job alert',
    description: 'Takes the job search’s criteria (q, employmentType, branchId, postalCode or lat+lng, radiusKm, payMin) and a frequency. At most 20 per person.',
  })
  @ApiCreatedResponse({ type: JobAlertDto })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'A criterion is invalid; `fields` names it' })
  @ApiConflictCodes(ErrorCode.JOB_ALERT_LIMIT_REACHED)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateJobAlertDto): Promise<JobAlertDto> {
    return this.alerts.create(user.id, dto);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Rename, pause, resume or change an alert (a criterion set to null is removed)' })
  @ApiOkResponse({ type: JobAlertDto })
  @ApiBadRequestResponse({ type: ApiErrorBody })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'You have no alert with this id' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: UpdateJobAlertDto): Promise<JobAlertDto> {
    return this.alerts.update(user.id, id, dto);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete an alert' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'You have no alert with this id' })
  remove(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string): Promise<void> {
    return this.alerts.remove(user.id, id);
  }
}

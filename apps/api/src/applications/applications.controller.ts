import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@nextstep/contracts';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorBody } from '../common/errors/api-error';
import { ApiConflictCodes, FOLLOW_UP_REFUSALS, THANK_YOU_REFUSALS } from '../common/errors/api-error-responses';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { ApplicationsService } from './applications.service';
import {
  ApplyDto,
  CancelInterviewQuery,
  CompleteInterviewDto,
  ContactDto,
  FollowUpDto,
  RescheduleInterviewDto,
  ScheduleInterviewDto,
  StaffApplicationsQuery,
  TransitionDto,
  WithdrawDto,
} from './dto/application-input.dto';
import { ApplicationDetailDto, ApplicationPageDto, ApplicationSummaryDto, GuidanceDto, InboxItemDto, SentMessageDto } from './dto/application.dto';
import { FollowUpsService } from './follow-ups.service';
import { InterviewsService } from './interviews.service';

@ApiTags('applications')
@ApiBearerAuth()
@Controller()
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly followUps: FollowUpsService,
    private readonly interviews: InterviewsService,
  ) {}

  @Post('jobs/:id/applications')
  @Roles('candidate')
  @ApiCreatedResponse({ type: ApplicationDetailDto })
  @ApiConflictCodes(ErrorCode.JOB_NOT_OPEN, ErrorCode.ALREADY_APPLIED)
  apply(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) jobId: string, @Body() dto: ApplyDto): Promise<ApplicationDetailDto> {
    return this.applications.apply(user, jobId, dto);
  }

  @Get('me/applications')
  @Roles('candidate')
  @ApiOkResponse({ type: [ApplicationSummaryDto] })
  mine(@CurrentUser() user: AuthUser): Promise<ApplicationSummaryDto[]> {
    return this.applications.listMine(user);
  }

  @Get('applications')
  @Roles('recruiter', 'admin')
  @ApiOkResponse({ type: ApplicationPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: StaffApplicationsQuery): Promise<ApplicationPageDto> {
    return this.applications.listForStaff(user, query);
  }

  @Get('applications/:id')
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  detail(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string): Promise<ApplicationDetailDto> {
    return this.applications.detail(user, id);
  }

  @Get('applications/:id/guidance')
  @ApiOkResponse({ type: GuidanceDto })
  guidance(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string): Promise<GuidanceDto> {
    return this.followUps.guidance(user, id);
  }

  @Post('applications/:id/follow-ups')
  @Roles('candidate')
  @ApiCreatedResponse({ type: SentMessageDto, description: 'Sent; deliveredTo says where the note is now.' })
  @ApiConflictCodes(...FOLLOW_UP_REFUSALS, ...THANK_YOU_REFUSALS)
  followUp(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: FollowUpDto): Promise<SentMessageDto> {
    return this.followUps.send(user, id, dto);
  }

  @Post('applications/:id/withdraw')
  @Roles('candidate')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiConflictCodes(ErrorCode.INVALID_TRANSITION)
  withdraw(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: WithdrawDto): Promise<ApplicationDetailDto> {
    return this.applications.withdraw(user, id, dto.note);
  }

  @Post('applications/:id/transitions')
  @Roles('recruiter', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiConflictCodes(ErrorCode.CANDIDATE_ONLY, ErrorCode.USE_INTERVIEW_ROUTES, ErrorCode.STALE_VERSION, ErrorCode.INVALID_TRANSITION)
  transition(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: TransitionDto): Promise<ApplicationDetailDto> {
    return this.applications.transition(user, id, dto);
  }

  @Post('applications/:id/contacts')
  @Roles('recruiter', 'admin')
  @ApiCreatedResponse({ type: ApplicationDetailDto })
  @ApiConflictCodes(ErrorCode.STALE_VERSION, ErrorCode.APPLICATION_CLOSED)
  contact(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: ContactDto): Promise<ApplicationDetailDto> {
    return this.applications.recordContact(user, id, dto);
  }

  @Post('applications/:id/interviews')
  @Roles('recruiter', 'admin')
  @ApiCreatedResponse({ type: ApplicationDetailDto })
  @ApiConflictCodes(ErrorCode.STALE_VERSION, ErrorCode.APPLICATION_CLOSED, ErrorCode.INVALID_TRANSITION)
  schedule(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: ScheduleInterviewDto): Promise<ApplicationDetailDto> {
    return this.interviews.schedule(user, id, dto);
  }

  @Patch('interviews/:id')
  @Roles('recruiter', 'admin')
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiConflictCodes(ErrorCode.STALE_VERSION, ErrorCode.INTERVIEW_NOT_SCHEDULED)
  reschedule(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: RescheduleInterviewDto): Promise<ApplicationDetailDto> {
    return this.interviews.reschedule(user, id, dto);
  }

  @Delete('interviews/:id')
  @Roles('recruiter', 'admin')
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiConflictCodes(ErrorCode.STALE_VERSION, ErrorCode.INTERVIEW_NOT_SCHEDULED)
  cancel(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Query() query: CancelInterviewQuery): Promise<ApplicationDetailDto> {
    return this.interviews.cancel(user, id, query.version);
  }

  @Get('interviews/:id/calendar.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The interview as an iCalendar file (METHOD:PUBLISH), with the same UID as the invitation e-mail.',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  @ApiConflictCodes(ErrorCode.INTERVIEW_NOT_SCHEDULED)
  async calendar(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const file = await this.interviews.calendarFile(user, id);
    void reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`);
    return file.content;
  }

  @Post('interviews/:id/complete')
  @Roles('recruiter', 'admin')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ApplicationDetailDto })
  @ApiConflictCodes(ErrorCode.STALE_VERSION, ErrorCode.INTERVIEW_NOT_SCHEDULED)
  complete(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: CompleteInterviewDto): Promise<ApplicationDetailDto> {
    return this.interviews.complete(user, id, dto);
  }

  @Get('inbox')
  @Roles('recruiter', 'admin')
  @ApiOkResponse({ type: [InboxItemDto] })
  inbox(@CurrentUser() user: AuthUser): Promise<InboxItemDto[]> {
    return this.followUps.inbox(user);
  }
}

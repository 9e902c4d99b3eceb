import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErrorCode } from '@nextstep/contracts';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiErrorBody } from '../common/errors/api-error';
import { ApiConflictCodes } from '../common/errors/api-error-responses';
import { UuidParam } from '../common/pipes/uuid.pipe';
import { BulkTransitionDto, InterviewConflictsQuery, MessageReadDto, ReplyDto, TodayQuery } from './dto/application-input.dto';
import { ApplicationDetailDto, BulkTransitionResultDto, InterviewConflictDto, MessageDto, TodayDto } from './dto/application.dto';
import { RecruiterConsoleService } from './recruiter-console.service';

/** Routes only the recruiter console uses; recruiters see their own branch, admins any. */
@ApiTags('recruiter console')
@ApiBearerAuth()
@Roles('recruiter', 'admin')
@Controller()
export class RecruiterConsoleController {
  constructor(private readonly console: RecruiterConsoleService) {}

  @Get('recruiter/today')
  @ApiOkResponse({ type: TodayDto, description: "The branch's day: owed news, interviews today and tomorrow (branch time zone), unread messages, counts per stage." })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: "An unknown branch, or another branch than a recruiter's own." })
  today(@CurrentUser() user: AuthUser, @Query() query: TodayQuery): Promise<TodayDto> {
    return this.console.today(user, query.branchId);
  }

  @Post('applications/bulk-transitions')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: BulkTransitionResultDto, description: 'One result per application; failed rows carry the code and reason (STALE_VERSION, INVALID_TRANSITION, NOT_FOUND, ...).' })
  async bulkTransition(@CurrentUser() user: AuthUser, @Body() dto: BulkTransitionDto): Promise<BulkTransitionResultDto> {
    return { results: await this.console.bulkTransition(user, dto) };
  }

  @Post('applications/:id/replies')
  @ApiCreatedResponse({ type: ApplicationDetailDto, description: 'Kept with the messages, recorded as a contact, and e-mailed to the candidate (Reply-To the branch).' })
  @ApiConflictCodes(ErrorCode.STALE_VERSION, ErrorCode.APPLICATION_CLOSED)
  reply(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: ReplyDto): Promise<ApplicationDetailDto> {
    return this.console.reply(user, id, dto);
  }

  @Get('applications/:id/resume-file')
  @ApiOkResponse({ description: "The resume file on the candidate's profile." })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'No such application for you, or no file uploaded.' })
  async resumeFile(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.console.resumeFile(user, id);
    await reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName.replace(/["\\\r\n]/g, '')}"`)
      .header('x-content-type-options', 'nosniff')
      .send(file.data);
  }

  @Post('messages/:id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: MessageDto })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  markRead(@CurrentUser() user: AuthUser, @Param('id', UuidParam()) id: string, @Body() dto: MessageReadDto): Promise<MessageDto> {
    return this.console.markRead(user, id, dto.read);
  }

  @Get('interviews/conflicts')
  @ApiOkResponse({ type: [InterviewConflictDto], description: 'Your own scheduled interviews that overlap the planned time (empty: no clash).' })
  conflicts(@CurrentUser() user: AuthUser, @Query() query: InterviewConflictsQuery): Promise<InterviewConflictDto[]> {
    return this.console.conflicts(user, query);
  }
}

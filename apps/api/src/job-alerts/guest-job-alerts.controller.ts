import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorCode } from '@nextstep/contracts';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { ApiErrorBody } from '../common/errors/api-error';
import { ApiConflictCodes } from '../common/errors/api-error-responses';
import { AuthRateLimit } from '../common/rate-limit/rate-limit.decorators';
import { CreateGuestJobAlertDto } from './dto/job-alert-input.dto';
import { GuestJobAlertAcceptedDto, JobAlertConfirmedDto } from './dto/job-alert.dto';
import { GUEST_ALERT_ACCEPTED, JobAlertsService } from './job-alerts.service';
import { escapeHtml, linkPage, postButton } from './link-pages';

const FREQUENCY_WORDS = { instant: 'as soon as they open', daily: 'every weekday morning', weekly: 'every Monday morning' } as const;

/**
 * Job alerts without an account, and the links in alert e-mails. The signed
 * token in each path is the only proof of who asks, so all are public; each
 * GET shows a page whose button POSTs (scanners follow links, people press buttons).
 */
@ApiTags('job alerts')
@Public()
@Controller('job-alerts')
export class GuestJobAlertsController {
  constructor(private readonly alerts: JobAlertsService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  // Counted per IP and per address like sign-up: each request may send the address an e-mail.
  @AuthRateLimit()
  @ApiOperation({
    summary: 'Create a job alert with only an e-mail address (double opt-in)',
    description:
      'Sends a confirmation link (valid 48 h, single use) and nothing else until it is used. The answer is the same whether or not the address is known.',
  })
  @ApiAcceptedResponse({ type: GuestJobAlertAcceptedDto })
  @ApiBadRequestResponse({ type: ApiErrorBody, description: 'A field is invalid; `fields` names it' })
  async create(@Body() dto: CreateGuestJobAlertDto): Promise<GuestJobAlertAcceptedDto> {
    await this.alerts.createForGuest(dto);
    return { message: GUEST_ALERT_ACCEPTED };
  }

  @Get('confirm/:token')
  @ApiOperation({ summary: 'The page the confirmation e-mail links to: one button that confirms (changes nothing by itself)' })
  @ApiOkResponse({ description: 'An HTML page' })
  @ApiQuery({ name: 'done', required: false })
  async confirmPage(@Param('token') token: string, @Query('done') done: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const state = await this.alerts.confirmationState(token);
    const body =
      state === 'confirmed'
        ? `<h1>Your job alert is on</h1><p>${done === '1' ? 'Thank you for confirming.' : 'This alert was already confirmed.'} Each e-mail lists only jobs that are new since the one before, and has a link to stop the alert.</p>`
        : state === 'expired'
          ? '<h1>This link has expired</h1><p>Confirmation links work for 48 hours. Create the alert again on the job search and we will send a new one.</p>'
          : `<h1>Confirm your job alert</h1><p>Someone (we hope you) asked Nextstep to e-mail this address new jobs that match a search. Nothing is sent until you confirm.</p>${postButton(`/api/job-alerts/confirm/${encodeURIComponent(token)}?from=page`, 'Yes, send me new jobs')}<p>If this was not you, ignore the e-mail: without confirmation we send nothing and delete the request after 48 hours.</p>`;
    await reply.type('text/html; charset=utf-8').send(linkPage('Job alert', body));
  }

  @Post('confirm/:token')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm a guest’s job alert with the signed, single-use token from the e-mail' })
  @ApiOkResponse({ type: JobAlertConfirmedDto, description: 'Confirmed. From the page: 303 back to it.' })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'The token is not genuine, or its alert no longer exists' })
  @ApiConflictCodes(ErrorCode.JOB_ALERT_LINK_EXPIRED, ErrorCode.JOB_ALERT_LINK_USED)
  @ApiQuery({ name: 'from', required: false, enum: ['page'] })
  async confirm(
    @Param('token') token: string,
    @Query('from') from: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JobAlertConfirmedDto> {
    const confirmed = await this.alerts.confirm(token);
    if (from === 'page') void reply.status(HttpStatus.SEE_OTHER).header('location', `/api/job-alerts/confirm/${encodeURIComponent(token)}?done=1`);
    return confirmed;
  }

  @Get('unsubscribe/:token')
  @ApiOperation({ summary: 'The page an alert e-mail’s “unsubscribe from this alert” link opens (changes nothing by itself)' })
  @ApiOkResponse({ description: 'An HTML page' })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  @ApiQuery({ name: 'done', required: false })
  async unsubscribePage(@Param('token') token: string, @Query('done') done: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const alert = await this.alerts.alertForUnsubscribe(token);
    const body =
      done === '1' || !alert
        ? '<h1>Alert stopped</h1><p>You will get no more e-mails for this alert. Your other alerts are unchanged.</p>'
        : `<h1>Stop this job alert?</h1><p>“${escapeHtml(alert.name)}”: you will get no more e-mails for it. Your other alerts are not affected.</p>${postButton(`/api/job-alerts/unsubscribe/${encodeURIComponent(token)}?from=page`, 'Stop this alert')}`;
    await reply.type('text/html; charset=utf-8').send(linkPage('Job alert', body));
  }

  @Post('unsubscribe/:token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'One-click unsubscribe from one alert (RFC 8058 List-Unsubscribe-Post); other alerts are not affected' })
  @ApiNoContentResponse({ description: 'The alert sends nothing more (also when it was already stopped). From the page: 303 back to it.' })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'The token is not genuine' })
  @ApiQuery({ name: 'from', required: false, enum: ['page'] })
  async unsubscribe(@Param('token') token: string, @Query('from') from: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.alerts.unsubscribe(token);
    if (from === 'page') void reply.status(HttpStatus.SEE_OTHER).header('location', `/api/job-alerts/unsubscribe/${encodeURIComponent(token)}?done=1`);
  }

  @Get('manage/:token')
  @ApiOperation({ summary: 'The page an alert e-mail’s “manage alerts” link opens: your alerts, each with a stop button, and “stop all”' })
  @ApiOkResponse({ description: 'An HTML page' })
  @ApiNotFoundResponse({ type: ApiErrorBody })
  @ApiQuery({ name: 'done', required: false })
  @ApiQuery({ name: 'all', required: false, description: '1: the page asks only whether to stop every alert (the e-mails’ “unsubscribe from all” link)' })
  async managePage(
    @Param('token') token: string,
    @Query('done') done: string | undefined,
    @Query('all') all: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { alerts } = await this.alerts.managed(token);
    const active = alerts.filter((alert) => alert.active);
    const list = active
      .map(
        (alert) =>
          `<li style="margin:0 0 .75rem 0"><strong>${escapeHtml(alert.name)}</strong>, ${FREQUENCY_WORDS[alert.frequency]}${postButton(`/api/job-alerts/unsubscribe/${encodeURIComponent(this.alerts.unsubscribeTokenFor(alert.id))}?from=page`, 'Stop this alert')}</li>`,
      )
      .join('');
    const stopAll = postButton(`/api/job-alerts/manage/${encodeURIComponent(token)}/unsubscribe-all?from=page`, 'Stop all job alerts');
    const body =
      done === '1' || active.length === 0
        ? '<h1>No job alerts</h1><p>You will get no job alert e-mails from Nextstep. You can create a new alert from any job search.</p>'
        : all === '1'
          ? `<h1>Stop all your job alerts?</h1><p>You have ${active.length === 1 ? 'one alert' : `${active.length} alerts`}; none of them will e-mail you again.</p>${stopAll}`
          : `<h1>Your job alerts</h1><ul style="padding-left:1.2rem">${list}</ul><p>To stop every alert at once:</p>${stopAll}`;
    await reply.type('text/html; charset=utf-8').send(linkPage('Job alerts', body));
  }

  @Post('manage/:token/unsubscribe-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Unsubscribe from all job alerts of the person the signed token names' })
  @ApiNoContentResponse({ description: 'No alert of theirs sends anything more. From the page: 303 back to it.' })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'The token is not genuine' })
  @ApiQuery({ name: 'from', required: false, enum: ['page'] })
  async unsubscribeAll(@Param('token') token: string, @Query('from') from: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.alerts.unsubscribeAll(token);
    if (from === 'page') void reply.status(HttpStatus.SEE_OTHER).header('location', `/api/job-alerts/manage/${encodeURIComponent(token)}?done=1`);
  }
}

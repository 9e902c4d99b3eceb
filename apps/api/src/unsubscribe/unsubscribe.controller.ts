import { Controller, Get, HttpCode, HttpStatus, NotFoundException, Param, Post, Query, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CandidateProfile, User } from '@nextstep/db';
import { verifyUnsubscribeToken } from '@nextstep/mail';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import { DataSource } from 'typeorm';
import { ApiErrorBody } from '../common/errors/api-error';
import { Public } from '../auth/auth.decorators';

/**
 * The one-click unsubscribe link of every candidate e-mail (RFC 8058): the
 * mail client POSTs `List-Unsubscribe=One-Click` without any sign-in, so the
 * signed token in the path is the only proof of who asks.
 */
@ApiTags('e-mail')
@Public()
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The footer link opens this page. It only asks: a GET must change nothing,
   * because mail scanners follow links before the person ever sees them.
   */
  @Get(':token')
  @ApiOperation({ summary: 'Confirmation page for the unsubscribe link in the e-mail footer (changes nothing by itself)' })
  @ApiOkResponse({ description: 'An HTML page with one button that unsubscribes.' })
  @ApiQuery({ name: 'done', required: false })
  async page(@Param('token') token: string, @Query('done') done: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await this.candidateFor(token);
    const action = `/api/unsubscribe/${encodeURIComponent(token)}?from=page`;
    const body =
      done === '1'
        ? '<h1>You are unsubscribed</h1><p>We will not send you thank-you or follow-up reminders any more. Your applications are unchanged, and you can turn the reminders back on in your profile.</p>'
        : `<h1>Stop reminder e-mails?</h1><p>Nextstep reminds you to thank your interviewer and tells you when it is the right time to call your branch. You can stop these reminders here; interview confirmations still arrive.</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Stop reminder e-mails</button></form>`;
    await reply
      .type('text/html; charset=utf-8')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nextstep e-mails</title></head><body style="font-family:Arial,sans-serif;max-width:36rem;margin:3rem auto;line-height:1.5">${body}</body></html>`);
  }

  @Post(':token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Turn guidance e-mails (thank-you and follow-up reminders) off for the user the signed token names' })
  @ApiNoContentResponse({ description: 'Guidance e-mails are off (also when they already were). From the confirmation page: 303 back to it.' })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'The token is not genuine, or its user no longer exists.' })
  @ApiQuery({ name: 'from', required: false, enum: ['page'] })
  async unsubscribe(@Param('token') token: string, @Query('from') from: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const user = await this.candidateFor(token);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CandidateProfile)
      .values({ userId: user.id, guidanceEmails: false })
      .orUpdate(['guidance_emails'], ['user_id'])
      .execute();
    if (from === 'page') void reply.status(HttpStatus.SEE_OTHER).header('location', `/api/unsubscribe/${encodeURIComponent(token)}?done=1`);
  }

  private async candidateFor(token: string): Promise<Pick<User, 'id'>> {
    const userId = verifyUnsubscribeToken(token, this.config.jwtSecret);
    const user = userId ? await this.dataSource.getRepository(User).findOne({ where: { id: userId }, select: { id: true, role: true, erasedAt: true } }) : null;
    // A forged token and an erased account look the same from outside.
    if (!user || user.erasedAt || user.role !== 'candidate') throw new NotFoundException('This unsubscribe link is not valid.');
    return user;
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

import { Controller, HttpCode, HttpStatus, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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

  @Post(':token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Turn guidance e-mails (thank-you and follow-up reminders) off for the user the signed token names' })
  @ApiNoContentResponse({ description: 'Guidance e-mails are off (also when they already were).' })
  @ApiNotFoundResponse({ type: ApiErrorBody, description: 'The token is not genuine, or its user no longer exists.' })
  async unsubscribe(@Param('token') token: string): Promise<void> {
    const userId = verifyUnsubscribeToken(token, this.config.jwtSecret);
    const user = userId ? await this.dataSource.getRepository(User).findOne({ where: { id: userId }, select: { id: true, role: true, erasedAt: true } }) : null;
    // A forged token and an erased account look the same from outside.
    if (!user || user.erasedAt || user.role !== 'candidate') throw new NotFoundException('This unsubscribe link is not valid.');
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CandidateProfile)
      .values({ userId: user.id, guidanceEmails: false })
      .orUpdate(['guidance_emails'], ['user_id'])
      .execute();
  }
}

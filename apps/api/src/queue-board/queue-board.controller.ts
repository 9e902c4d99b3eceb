import { Controller, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectConfig, type AppConfig } from '@nextstep/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../auth/access.guard';
import { Roles } from '../auth/auth.decorators';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH } from './queue-board';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/queue-board')
export class QueueBoardController {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /** Lets the admin's browser open Bull Board at /api/admin/queues for as long as the access token lives. */
  @Post('session')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: `Set the cookie that opens Bull Board at ${QUEUE_BOARD_PATH}` })
  @ApiNoContentResponse({ description: 'Cookie set; open the board in the same browser.' })
  session(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): void {
    const token = bearerToken(request.headers.authorization);
    if (!token) return;
    void reply.setCookie(QUEUE_BOARD_COOKIE, token, {
      httpOnly: true,
      secure: this.config.appBaseUrl.startsWith('https:'),
      sameSite: 'strict',
      path: QUEUE_BOARD_PATH,
      maxAge: this.config.auth.accessTokenTtlSeconds,
    });
  }
}

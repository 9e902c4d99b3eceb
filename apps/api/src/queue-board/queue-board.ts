import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { producerConnection, QUEUE_NAMES, type AppConfig } from '@nextstep/platform';
import { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bearerToken } from '../auth/access.guard';
import { TokensService } from '../auth/tokens.service';

export const QUEUE_BOARD_PATH = '/api/admin/queues';
export const QUEUE_BOARD_COOKIE = 'nextstep_queue_board';

/**
 * Bull Board for admins. It is a Fastify plugin outside Nest's routing, so it
 * checks the caller itself: an admin's access token, from the Authorization
 * header or from the cookie that `POST /api/admin/queue-board/session` sets
 * (a browser cannot send the header when it follows a link).
 */
export async function mountQueueBoard(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const queues = Object.values(QUEUE_NAMES).map(
    (name) => new Queue(name, { prefix: config.redis.prefix, connection: producerConnection(config, `nextstep-api-board-${name}`) }),
  );
  for (const queue of queues) queue.on('error', () => undefined);

  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter });

  const tokens = app.get(TokensService);
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(async (scope) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = bearerToken(request.headers.authorization) ?? request.cookies[QUEUE_BOARD_COOKIE];
      const user = token ? await tokens.userFor(token) : null;
      if (!user)
        return reply
          .status(401)
          .send({ statusCode: 401, error: 'Unauthorized', message: 'Sign in as an admin to see the queues.', code: 'UNAUTHENTICATED' });
      if (user.role !== 'admin')
        return reply
          .status(403)
          .send({ statusCode: 403, error: 'Forbidden', message: 'Only admins may see the queues.', code: 'FORBIDDEN' });
      return undefined;
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
  fastify.addHook('onClose', async () => {
    await Promise.all(queues.map((queue) => queue.close().catch(() => undefined)));
  });
}

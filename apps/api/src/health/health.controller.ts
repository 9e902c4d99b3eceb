import { Controller, Get, HttpStatus, Res, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { HealthDto } from './health.dto';
import { RedisHealthIndicator } from './redis.health';

type Part = 'db' | 'redis';
const PARTS: Part[] = ['db', 'redis'];

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @ApiOkResponse({ type: HealthDto, description: 'Postgres and Redis both answer.' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'Postgres or Redis does not answer; the failing part is "down".' })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([() => this.database.pingCheck('db').withTimeout(1_500), () => this.redis.check('redis')]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
      reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
    return toHealthDto(result);
  }
}

function toHealthDto(result: HealthCheckResult): HealthDto {
  const details = result.details ?? {};
  const dto: HealthDto = {
    status: result.status === 'ok' ? 'ok' : 'error',
    db: details['db']?.status === 'up' ? 'up' : 'down',
    redis: details['redis']?.status === 'up' ? 'up' : 'down',
  };
  const down = PARTS.filter((part) => dto[part] === 'down');
  if (down.length) dto.message = `${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} not answering`;
  return dto;
}

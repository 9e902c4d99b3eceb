import { Controller, Get, HttpStatus, Res, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { HealthDatabase } from './database.health';
import { HealthDto, LivenessDto } from './health.dto';
import { RedisHealthIndicator } from './redis.health';

type Part = 'db' | 'redis';
const PARTS: Part[] = ['db', 'redis'];

const READY = 'Postgres and Redis both answer. Postgres is asked on a connection of its own, so a busy API (every search connection taken, requests waiting) still answers 200.';
const NOT_READY = 'Postgres or Redis does not answer within 1.5 s; the failing part is "down". Take this instance out of rotation until it answers 200 again.';

@ApiTags('health')
@Public()
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: HealthDatabase,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Readiness (kept for existing probes; the same as /api/health/ready)' })
  @ApiOkResponse({ type: HealthDto, description: READY })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: NOT_READY })
  check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    return this.readiness(reply);
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: may this instance get traffic?',
    description: 'For a load balancer or an orchestrator\'s readiness probe. Asks Postgres and Redis; never fails because the API is busy.',
  })
  @ApiOkResponse({ type: HealthDto, description: READY })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: NOT_READY })
  ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    return this.readiness(reply);
  }

  @Get('live')
  @ApiOperation({
    summary: 'Liveness: is the process answering?',
    description:
      'For an orchestrator\'s liveness probe: no database or Redis call, so an outage of either never gets healthy instances restarted. Anything but a quick 200 means the process is stuck.',
  })
  @ApiOkResponse({ type: LivenessDto, description: 'The process answers requests.' })
  live(): LivenessDto {
    return { status: 'ok' };
  }

  private async readiness(reply: FastifyReply): Promise<HealthDto> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([() => this.database.check('db'), () => this.redis.check('redis')]);
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

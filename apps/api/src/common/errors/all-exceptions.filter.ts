import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { ApiErrorBody } from './api-error';
import { ErrorCode } from '@nextstep/contracts';

const DEFAULT_CODES: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.MALFORMED_REQUEST,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
};

/** Errors the HTTP server raises itself (bad JSON, body too large, ...). */
interface FrameworkError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * Turns every error into `{ statusCode, error, message, code? }`. Unexpected
 * errors are logged with their stack and answered with a generic 500 that
 * reveals nothing.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { retryAfterSeconds, ...body } = this.toBody(exception);
    const waits = body.statusCode === HttpStatus.TOO_MANY_REQUESTS || body.statusCode === HttpStatus.SERVICE_UNAVAILABLE;
    // A refusal that knows its own wait (ApiError detail `retryAfterSeconds`) says it in the header, not the body.
    if (waits && typeof retryAfterSeconds === 'number') reply.header('retry-after', String(retryAfterSeconds));
    else if (body.statusCode === HttpStatus.TOO_MANY_REQUESTS) this.setRetryAfter(reply);
    void reply.status(body.statusCode).send(body);
  }

  /** Each named limit sets `Retry-After-<name>`; clients look for the standard header. */
  private setRetryAfter(reply: FastifyReply): void {
    if (reply.hasHeader('retry-after')) return;
    const waits = Object.entries(reply.getHeaders())
      .filter(([name]) => name.toLowerCase().startsWith('retry-after-'))
      .map(([, value]) => Number(value))
      .filter((value) => Number.isFinite(value));
    reply.header('retry-after', String(waits.length ? Math.max(...waits) : 60));
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const fromResponse = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
      const message = Array.isArray(fromResponse['message'])
        ? fromResponse['message'].join('; ')
        : String(fromResponse['message'] ?? exception.message);
      const { error: _error, statusCode: _status, ...rest } = fromResponse;
      return {
        ...rest,
        statusCode,
        error: STATUS_CODES[statusCode] ?? 'Error',
        message,
        code: typeof rest['code'] === 'string' ? rest['code'] : DEFAULT_CODES[statusCode],
      };
    }

    const framework = exception as FrameworkError;
    if (typeof framework?.statusCode === 'number' && framework.statusCode >= 400 && framework.statusCode < 500) {
      return {
        statusCode: framework.statusCode,
        error: STATUS_CODES[framework.statusCode] ?? 'Error',
        message: frameworkMessage(framework),
        code: DEFAULT_CODES[framework.statusCode],
      };
    }

    this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side. Please try again.', code: ErrorCode.INTERNAL };
  }
}

function frameworkMessage(error: FrameworkError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'This content type is not accepted; send application/json.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The JSON body is empty.';
    default:
      return error.statusCode === 400 ? 'The request body is not valid JSON.' : (STATUS_CODES[error.statusCode ?? 400] ?? 'Bad request');
  }
}

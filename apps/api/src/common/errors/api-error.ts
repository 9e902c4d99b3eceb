import { HttpException, HttpStatus } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorCode } from '@nextstep/contracts';
import type { FollowUpCode, ThankYouCode } from '@nextstep/guidance';

/** Every code an error body can carry: the API's own, and the guidance's refusals. */
export type ApiErrorCode = ErrorCode | FollowUpCode | ThankYouCode;

/** The one shape of every error response. */
export class ApiErrorBody {
  @ApiProperty({ example: 409 })
  statusCode!: number;

  @ApiProperty({ example: 'Conflict' })
  error!: string;

  @ApiProperty({ example: 'You have already applied to this job.' })
  message!: string;

  @ApiPropertyOptional({ example: 'ALREADY_APPLIED', description: 'Stable code to branch on; never renamed.' })
  code?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'For 400: the message for each invalid field or query parameter.',
    example: { limit: 'limit must not be less than 1' },
  })
  fields?: Record<string, string>;

  @ApiPropertyOptional({ nullable: true, type: Date, description: 'For a refused follow-up or thank-you: when the answer is expected to change.' })
  earliestAt?: Date | null;

  @ApiPropertyOptional({ nullable: true, type: Date, description: 'For a refused follow-up or thank-you: when it is (or was) due.' })
  dueAt?: Date | null;

  @ApiPropertyOptional({ description: 'For ALREADY_APPLIED: the existing application.' })
  applicationId?: string;

  [extra: string]: unknown;
}

/**
 * An error with a stable code, e.g. a rule refusal:
 * `throw new ApiError(HttpStatus.CONFLICT, ErrorCode.ALREADY_APPLIED, 'You have already applied to this job.')`.
 * `details` are merged into the body (e.g. `earliestAt` for a blocked follow-up).
 */
export class ApiError extends HttpException {
  constructor(status: HttpStatus, code: ApiErrorCode, message: string, details: Record<string, unknown> = {}) {
    super({ ...details, code, message }, status);
  }
}

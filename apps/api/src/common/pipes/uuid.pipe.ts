import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';
import { ErrorCode } from '@nextstep/contracts';

/** Validates a UUID path parameter; a malformed one is a 400 that names it. */
export function UuidParam(name = 'id'): ParseUUIDPipe {
  const message = `${name} must be a UUID`;
  return new ParseUUIDPipe({
    exceptionFactory: () => new BadRequestException({ code: ErrorCode.VALIDATION_FAILED, message, fields: { [name]: message } }),
  });
}

import { BadRequestException } from '@nestjs/common';
import { ErrorCode } from '@nextstep/contracts';

/** A 400 naming one field or parameter, shaped like the ValidationPipe's. */
export function badField(field: string, message: string): BadRequestException {
  return new BadRequestException({ code: ErrorCode.VALIDATION_FAILED, message, fields: { [field]: message } });
}

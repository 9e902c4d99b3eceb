import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { ErrorCode } from '@nextstep/contracts';

function flatten(errors: ValidationError[], parent = ''): Array<[string, string]> {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message): [string, string] => [field, message]);
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** 400 whose message names every bad field or query parameter. */
export function validationException(errors: ValidationError[]): BadRequestException {
  const pairs = flatten(errors);
  const fields: Record<string, string> = {};
  for (const [field, message] of pairs) fields[field] ??= message;
  return new BadRequestException({
    code: ErrorCode.VALIDATION_FAILED,
    message: Object.values(fields).join('; ') || 'The request is not valid.',
    fields,
  });
}

/**
 * Unknown fields are refused rather than dropped, so a client can never set
 * what it must not (no mass assignment), and typos surface at once.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: validationException,
  });
}

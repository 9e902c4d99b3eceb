import { BadRequestException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';
import { ErrorCode } from '../common/errors/error-codes';

/**
 * Query-string number: "" and anything non-numeric become NaN (so the
 * validators refuse them, instead of `Number("")` silently giving 0); a
 * repeated parameter stays an array and is refused too.
 */
export const NumberParam = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (value.trim() === '' ? Number.NaN : Number(value)) : value));

/** A 400 naming one parameter, shaped like the ValidationPipe's. */
export function badParam(field: string, message: string): BadRequestException {
  return new BadRequestException({ code: ErrorCode.VALIDATION_FAILED, message, fields: { [field]: message } });
}

/** `:id` route parameter: a malformed id is a 400 naming `id`, never a database error. */
export class UuidParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

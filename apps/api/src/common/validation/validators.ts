import { applyDecorators } from '@nestjs/common';
import { isValidTimeZone } from '@nextstep/guidance';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, registerDecorator, type ValidationOptions } from 'class-validator';

/** Trims surrounding whitespace from a string field before it is validated. */
export const Trim = (): PropertyDecorator => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * Query-string number: "" and anything non-numeric become NaN (so the
 * validators refuse them, instead of `Number("")` silently giving 0); a
 * repeated parameter stays an array and is refused too.
 */
export const NumberParam = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (value.trim() === '' ? Number.NaN : Number(value)) : value));

/** An IANA time zone name that this runtime knows (Intl, as the guidance rules use). */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be an IANA time zone such as America/Chicago`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value) },
    });
}

/** The optional `limit` query parameter of a paged list. */
export function PageLimit(max = 100): PropertyDecorator {
  const message = `limit must be a whole number from 1 to ${max}`;
  return applyDecorators(IsOptional(), Type(() => Number), IsInt({ message }), Min(1, { message }), Max(max, { message }));
}

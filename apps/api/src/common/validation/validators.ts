import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
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

/**
 * An optional whole-number query parameter from `min` to `max`, with its OpenAPI entry (limits, day counts).
 * The decorators are listed bottom first, the order in which stacked ones register, so a bad value gets the
 * same first message as when each query wrote them out.
 */
export function WholeNumberParam(name: string, range: { min: number; max: number; default?: number; example?: number }): PropertyDecorator {
  const { min, max, ...shown } = range;
  return applyDecorators(
    Max(max),
    Min(min),
    IsInt({ message: `${name} must be a whole number` }),
    NumberParam(),
    IsOptional(),
    ApiPropertyOptional({ minimum: min, maximum: max, ...shown }),
  );
}

/** How far back and ahead a date someone enters may lie: records of the past two years, plans for the next two. */
export const DATE_WINDOW_YEARS = 2;
const YEAR_MS = 365.25 * 86_400_000;

/** Whether an instant is one Postgres, JSON and every client can carry (years 1000 to 9999). */
export function isStorableInstant(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1000 && year <= 9999;
}

/**
 * A date within DATE_WINDOW_YEARS of now, so "+010000-01-01" (which the
 * worker cannot plan e-mails for) is a 400 that says which dates work.
 */
export function IsDateInWindow(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateInWindow',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: ({ property }) => {
          const now = Date.now();
          const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
          return `${property} must lie within ${DATE_WINDOW_YEARS} years of today (from ${day(now - DATE_WINDOW_YEARS * YEAR_MS)} to ${day(now + DATE_WINDOW_YEARS * YEAR_MS)})`;
        },
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          if (!(value instanceof Date) || Number.isNaN(value.getTime())) return true; // IsDate says what is wrong then.
          return Math.abs(value.getTime() - Date.now()) <= DATE_WINDOW_YEARS * YEAR_MS;
        },
      },
    });
}

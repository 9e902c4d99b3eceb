import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsNumber, IsOptional, IsString, Matches, Max, Min, ValidateIf, registerDecorator } from 'class-validator';
import { NumberParam } from './validators';

/** A query that may name a place by coordinates or by postal code (nearest branches, job search). */
export interface LocationParams {
  lat?: number;
  lng?: number;
  postalCode?: string;
}

const AXES = {
  lat: { limit: 90, example: 41.88, other: 'lng' },
  lng: { limit: 180, example: -87.63, other: 'lat' },
} as const;

/**
 * The `lat` or `lng` query parameter, validated the same way wherever a
 * query takes a point: a finite number within ±90 (lat) or ±180 (lng),
 * required whenever `needed(query)` says so (e.g. the other coordinate or a
 * radius is given), with `requiredMessage` saying what it is needed for.
 */
export function CoordinateParam<T extends object>(
  axis: keyof typeof AXES,
  needed: (query: T) => boolean,
  requiredMessage: string,
  description?: string,
): PropertyDecorator {
  const { limit, example } = AXES[axis];
  const range = `${axis} must be a number from -${limit} to ${limit}`;
  return applyDecorators(
    ApiPropertyOptional({ minimum: -limit, maximum: limit, example, description }),
    ValidateIf((query: T) => needed(query)),
    IsDefined({ message: `${axis} ${requiredMessage}` }),
    NumberParam(),
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: range }),
    Min(-limit, { message: range }),
    Max(limit, { message: range }),
  );
}

/** Whether a query gives a coordinate (either one: then both are needed). */
export const givesCoordinates = (query: LocationParams): boolean => query.lat !== undefined || query.lng !== undefined;

/** The 400 message when a query names its place twice. */
export const POSTAL_CODE_OR_COORDINATES = 'postalCode must not be combined with lat and lng; give one or the other';

/** A query names its place once: a postal code, or coordinates. */
function NotWithCoordinates(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notWithCoordinates',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: POSTAL_CODE_OR_COORDINATES },
      validator: { validate: (_value: unknown, args) => !givesCoordinates(args?.object as LocationParams) },
    });
}

/**
 * The `postalCode` query parameter: a US ZIP ("60614", "60614-1234") or a
 * Canadian code ("M5V 3L9", or its area "M5V"), trimmed and upper-cased,
 * never together with lat/lng. Which codes exist is the postal-code table's
 * business, not the validator's.
 */
export function PostalCodeParam(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ example: '60614', description }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)),
    IsString({ message: 'postalCode must be a single text value' }),
    Matches(/^[A-Z0-9][A-Z0-9 -]{1,9}$/, { message: 'postalCode must be 2-10 letters, digits, spaces or dashes' }),
    NotWithCoordinates(),
  );
}

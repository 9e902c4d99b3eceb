import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, Matches, MaxLength } from 'class-validator';

const MESSAGE = 'email must be an e-mail address';

export const normalizeEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);

/**
 * The addresses the product writes into mail headers: the unquoted form
 * people actually use (the WHATWG "valid e-mail address"), so no quoted
 * local part can smuggle a line break, a second recipient or a comment.
 */
const PLAIN_ADDRESS = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** A new address (sign-up, staff accounts, password reset, a guest's job alert): trimmed, lower-cased, plain. */
export function EmailAddress(): PropertyDecorator {
  return applyDecorators(Transform(normalizeEmail), IsEmail({}, { message: MESSAGE }), Matches(PLAIN_ADDRESS, { message: MESSAGE }), MaxLength(254, { message: MESSAGE }));
}

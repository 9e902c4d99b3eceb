import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** A password as sent; its strength is judged by PasswordService, which can say exactly what is wrong. */
export function NewPassword(field = 'password'): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `${field} must be a string` }),
    IsNotEmpty({ message: `${field} must not be empty` }),
    MaxLength(1024, { message: `${field} is too long` }),
  );
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { USER_ROLES, type User, type UserRole } from '@nextstep/db';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsTimeZone, Trim } from '../../common/validation/validators';
import { EmailAddress, normalizeEmail } from '../../common/validation/email-address';

export { IsTimeZone };

export const PHONE_PATTERN = /^\+?[0-9 ().-]{7,25}$/;

export class LoginDto {
  @ApiProperty({ example: 'jordan@example.com' })
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password!: string;
}

export class RegisterDto extends LoginDto {
  // Signing in takes any address an account may already have; a new account only a plain one.
  @ApiProperty({ example: 'jordan@example.com' })
  @EmailAddress()
  override email!: string;

  @ApiProperty({ example: 'Jordan' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'firstName must not be empty' })
  @MaxLength(100)
  firstName!: string;

  @ApiProperty({ example: 'Rivera' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(100)
  lastName!: string;

  @ApiPropertyOptional({ example: '+1 312 555 0142' })
  @IsOptional()
  @Trim()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number (digits, spaces, + ( ) - .)' })
  phone?: string;

  @ApiPropertyOptional({ example: 'America/Chicago' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  newPassword!: string;
}

/** A user as shown to themselves and to admins: never a password hash. */
export class UserDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: USER_ROLES }) role!: UserRole;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ nullable: true, type: String }) branchId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'Whether the owner of the address confirmed it (verification link or password reset).' }) emailVerified!: boolean;
  @ApiProperty() createdAt!: Date;

  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      firstName: user.firstName,
      lastName: user.lastName,
      phone: user.phone,
      timeZone: user.timeZone,
      branchId: user.branchId,
      active: user.deactivatedAt === null && user.erasedAt === null,
      emailVerified: user.emailVerifiedAt !== null,
      createdAt: user.createdAt,
    };
  }
}

export class AuthResponseDto {
  @ApiProperty({ description: 'Short-lived bearer token for the Authorization header.' })
  accessToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires; refresh with POST /api/auth/refresh.' })
  expiresIn!: number;

  @ApiProperty({ type: UserDto })
  user!: UserDto;
}

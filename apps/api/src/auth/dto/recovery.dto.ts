import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { EmailAddress } from '../../common/validation/email-address';
import { NewPassword } from './new-password';

export class ForgotPasswordDto {
  @ApiProperty({ example: 'jordan@example.com' })
  @EmailAddress()
  email!: string;
}

const TOKEN_MESSAGE = 'token must be the token from the link in the e-mail';

export class ResetPasswordDto {
  @ApiProperty({ description: 'The `token` of the link in the password-reset e-mail.' })
  @IsString({ message: TOKEN_MESSAGE })
  @Length(1, 200, { message: TOKEN_MESSAGE })
  token!: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @NewPassword()
  password!: string;
}

export class VerifyEmailDto {
  @ApiProperty({ description: 'The `token` of the link in the verification e-mail.' })
  @IsString({ message: TOKEN_MESSAGE })
  @Length(1, 200, { message: TOKEN_MESSAGE })
  token!: string;
}

/** Accepted for processing; what happens next is said in words (and, for a reset, the same whoever asked). */
export class AcceptedDto {
  @ApiProperty({ example: 'If an account uses this address, we have sent it a link to choose a new password.' })
  message!: string;
}

export class EmailVerifiedDto {
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty() email!: string;
}

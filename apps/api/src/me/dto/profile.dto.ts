import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { PHONE_PATTERN } from '../../auth/dto/auth.dto';
import { IsTimeZone, Trim } from '../../common/validation/validators';


export class ResumeFileDto {
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() uploadedAt!: Date;
}

export class ProfileDto {
  @ApiProperty() email!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ nullable: true, type: String }) city!: string | null;
  @ApiProperty({ example: 'America/Chicago' }) timeZone!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The text used to match the resume against jobs.' }) resumeText!: string | null;
  @ApiProperty({ type: [String] }) skills!: string[];
  @ApiProperty({ description: 'Thank-you and follow-up reminder e-mails.' }) guidanceEmails!: boolean;
  @ApiProperty({ nullable: true, type: ResumeFileDto }) resumeFile!: ResumeFileDto | null;
}

/** Only these fields can change; anything else in the body is refused. */
export class UpdateProfileDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'firstName must not be empty' })
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Trim()
  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number (digits, spaces, + ( ) - .)' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @Trim()
  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @ApiPropertyOptional({ example: 'America/New_York' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @ValidateIf((_dto, value) => value !== null && value !== undefined)
  @IsString()
  @MaxLength(100_000)
  resumeText?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Forklift certification', 'Inventory control'] })
  @IsOptional()
  @IsArray({ message: 'skills must be a list of strings' })
  @ArrayMaxSize(100)
  @IsString({ each: true, message: 'each skill must be a string' })
  @MaxLength(80, { each: true, message: 'each skill must be at most 80 characters' })
  skills?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'guidanceEmails must be true or false' })
  guidanceEmails?: boolean;
}

export class EraseAccountDto {
  @ApiProperty({ description: 'Your current password, to confirm the erasure.' })
  @IsString()
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(1024)
  password!: string;
}

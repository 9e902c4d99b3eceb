import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { RegisterDto, UserDto } from '../../auth/dto/auth.dto';
import { PageLimit } from '../../common/validation/validators';

export const STAFF_ROLES = ['recruiter', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export class CreateStaffUserDto extends RegisterDto {
  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: 'role must be recruiter or admin' })
  role!: StaffRole;

  @ApiPropertyOptional({ description: 'Required for recruiters: the branch they work at.' })
  @ValidateIf((dto: CreateStaffUserDto) => dto.role === 'recruiter' || dto.branchId !== undefined)
  @IsUUID('all', { message: 'branchId must be the id of a branch (required for recruiters)' })
  branchId?: string;
}

export class ListUsersQuery {
  @ApiPropertyOptional({ enum: ['candidate', 'recruiter', 'admin'] })
  @IsOptional()
  @IsIn(['candidate', 'recruiter', 'admin'], { message: 'role must be candidate, recruiter or admin' })
  role?: 'candidate' | 'recruiter' | 'admin';

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'branchId must be a UUID' })
  branchId?: string;

  @ApiPropertyOptional({ description: 'Only active (true) or only deactivated (false) users.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @PageLimit()
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page.' })
  @IsOptional()
  @IsUUID('all', { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class StaffJobsQuery {
  @ApiPropertyOptional({ description: "Admins: one branch's jobs (default: all). Recruiters always get their own branch's." })
  @IsOptional()
  @IsUUID('all', { message: 'branchId must be a UUID' })
  branchId?: string;
}

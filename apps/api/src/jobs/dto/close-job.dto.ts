import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';

export class CloseJobDto {
  @ApiPropertyOptional({ enum: ['closed', 'filled'], default: 'closed' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['closed', 'filled'], { message: 'outcome must be closed or filled' })
  outcome?: 'closed' | 'filled';
}

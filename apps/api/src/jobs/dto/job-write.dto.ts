import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { EMPLOYMENT_TYPES, PAY_PERIODS, type EmploymentType, type PayPeriod } from '@nextstep/db';
import { IsDateInWindow } from '../../common/validation/validators';

/** Body of the (coming) recruiter route that posts a job; JobsService.create takes it. Pay is in cents. */
export class CreateJobDto {
  @ApiProperty() @IsString() @Length(2, 200) title!: string;
  @ApiProperty() @IsString() @Length(20, 20_000) description!: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) @IsIn(EMPLOYMENT_TYPES) employmentType!: EmploymentType;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 80, { each: true })
  skills!: string[];

  @ApiProperty() @IsString() @Length(1, 100) city!: string;
  @ApiProperty() @IsString() @Length(1, 100) region!: string;
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/) postalCode!: string;
  @ApiProperty() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90) latitude!: number;
  @ApiProperty() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180) longitude!: number;
  @ApiProperty({ description: 'Cents per payPeriod' }) @IsInt() @Min(0) @Max(1_000_000_000) payMinCents!: number;
  @ApiProperty({ description: 'Cents per payPeriod, ≥ payMinCents' }) @IsInt() @Min(0) @Max(1_000_000_000) payMaxCents!: number;
  @ApiProperty({ enum: PAY_PERIODS }) @IsIn(PAY_PERIODS) payPeriod!: PayPeriod;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') branchId!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all') companyId!: string;

  @ApiPropertyOptional({ enum: ['draft', 'open'], default: 'draft', description: 'Opening sets postedAt to now' })
  @IsOptional()
  @IsIn(['draft', 'open'])
  status?: 'draft' | 'open';

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'closesAt must be an ISO 8601 date-time' })
  @IsDateInWindow()
  closesAt?: Date | null;
}

export class UpdateJobDto extends PartialType(CreateJobDto) {}

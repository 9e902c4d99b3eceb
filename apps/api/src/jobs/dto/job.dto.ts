import { ApiProperty } from '@nestjs/swagger';
import { EMPLOYMENT_TYPES, JOB_STATUSES, PAY_PERIODS, type EmploymentType, type JobStatus, type PayPeriod } from '@nextstep/db';
import { BranchDto } from '../../branches/dto/branch.dto';
import { CompanyPublicProfileDto, CompanyRefDto } from '../../companies/dto/company.dto';

export class PayDto {
  @ApiProperty({ example: 18.5, description: 'US dollars per period' }) min!: number;
  @ApiProperty({ example: 22 }) max!: number;
  @ApiProperty({ enum: PAY_PERIODS }) period!: PayPeriod;
  @ApiProperty({ example: 'USD' }) currency!: 'USD';

  static fromCents(minCents: number, maxCents: number, period: PayPeriod): PayDto {
    return { min: minCents / 100, max: maxCents / 100, period, currency: 'USD' };
  }
}

export class BranchRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Nextstep Chicago Loop' }) name!: string;
}

export class JobSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Forklift Operator' }) title!: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType!: EmploymentType;
  @ApiProperty({ example: 'Naperville' }) city!: string;
  @ApiProperty({ example: 'IL' }) region!: string;
  @ApiProperty({ type: PayDto }) pay!: PayDto;
  @ApiProperty({ format: 'date-time' }) postedAt!: string;
  @ApiProperty({ type: BranchRefDto }) branch!: BranchRefDto;
  @ApiProperty({ type: CompanyRefDto }) company!: CompanyRefDto;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'When q is set: an excerpt of the description with the matched words in <mark>…</mark>. The text is HTML-escaped first, so the only markup is <mark>.',
    example: 'Our client … is hiring a <mark>Forklift</mark> <mark>Operator</mark>.',
  })
  snippet!: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Great-circle km from lat/lng, when given' })
  distanceKm!: number | null;
}

/** A count that is exact up to 1,000; past that, value 1000 and capped true (show "1,000+"). */
export class CappedCountDto {
  @ApiProperty({ example: 1000 }) value!: number;
  @ApiProperty({ description: 'More matches than value (shown as "1,000+")', example: true }) capped!: boolean;
}

export class EmploymentTypeCountsDto implements Record<EmploymentType, CappedCountDto> {
  @ApiProperty({ type: CappedCountDto }) temporary!: CappedCountDto;
  @ApiProperty({ type: CappedCountDto }) temp_to_hire!: CappedCountDto;
  @ApiProperty({ type: CappedCountDto }) direct_hire!: CappedCountDto;
}

export class JobSearchCountsDto {
  @ApiProperty({ type: CappedCountDto, description: 'Matches of the whole search, every filter included' })
  total!: CappedCountDto;

  @ApiProperty({
    type: EmploymentTypeCountsDto,
    description: 'Matches per employment type for the same search without its employmentType filter (for the filter chips)',
  })
  byEmploymentType!: EmploymentTypeCountsDto;
}

export class JobSearchResultDto {
  @ApiProperty({ type: [JobSummaryDto] }) items!: JobSummaryDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;

  @ApiProperty({
    type: JobSearchCountsDto,
    nullable: true,
    description:
      'On the first page (no cursor) only; null on later pages, where the first page\'s counts still hold. Each count reads at most 1,001 matches.',
  })
  counts!: JobSearchCountsDto | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'forklift operator',
    description: 'When q found nothing (first page only): the same search with each unknown word replaced by the closest word of an open job title',
  })
  didYouMean!: string | null;
}

/** What every view of a job shows. */
export class JobFieldsDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: EMPLOYMENT_TYPES }) employmentType!: EmploymentType;
  @ApiProperty({ type: [String] }) skills!: string[];
  @ApiProperty() city!: string;
  @ApiProperty() region!: string;
  @ApiProperty() postalCode!: string;
  @ApiProperty() latitude!: number;
  @ApiProperty() longitude!: number;
  @ApiProperty({ type: PayDto }) pay!: PayDto;
}

/** The branch to contact about a job. */
export class BranchContactDto extends BranchDto {}

export class JobDetailDto extends JobFieldsDto {
  @ApiProperty({ enum: JOB_STATUSES.filter((s) => s !== 'draft') }) status!: JobStatus;
  @ApiProperty({ description: 'Open and not past closesAt' }) acceptingApplications!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) postedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt!: string | null;
  @ApiProperty({ type: BranchContactDto }) branch!: BranchContactDto;
  @ApiProperty({ type: CompanyPublicProfileDto }) company!: CompanyPublicProfileDto;
}

/** Full record for recruiters (write routes arrive with accounts). */
export class JobDto extends JobFieldsDto {
  @ApiProperty({ enum: JOB_STATUSES }) status!: JobStatus;
  @ApiProperty({ format: 'uuid' }) branchId!: string;
  @ApiProperty({ format: 'uuid' }) companyId!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) postedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closesAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdById!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) updatedById!: string | null;
}

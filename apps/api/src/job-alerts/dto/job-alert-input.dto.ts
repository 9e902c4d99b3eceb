import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { JOB_ALERT_FREQUENCIES, type JobAlertFrequency } from '@nextstep/db';
import { IsBoolean, IsDefined, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { NearestBranchesQuery } from '../../branches/dto/nearest-branches.query';
import { EmailAddress } from '../../common/validation/email-address';
import { IsTimeZone, Trim } from '../../common/validation/validators';
import { SearchJobsQuery } from '../../jobs/dto/search-jobs.query';

const needsCoordinates = (o: JobAlertCriteriaDto): boolean =>
  o.postalCode === undefined && (o.lat !== undefined || o.lng !== undefined || o.radiusKm !== undefined);
const COORDINATES_MESSAGE = 'is required together with lat/lng or radiusKm, unless postalCode is given';

/**
 * What an alert searches for: the job search's own criteria, validated by the
 * search's own rules (its DTO), plus a postal code as the branch finder takes
 * it. Sorting, paging and "posted within" mean nothing for an alert, which
 * only ever lists jobs that are new.
 */
export class JobAlertCriteriaDto extends IntersectionType(
  PickType(SearchJobsQuery, ['q', 'employmentType', 'branchId', 'lat', 'lng', 'radiusKm', 'payMin'] as const),
  PickType(NearestBranchesQuery, ['postalCode'] as const),
) {
  // The search's own rule for lat/lng, with a postal code standing in for them (this replaces its condition).
  @ValidateIf(needsCoordinates)
  @IsDefined({ message: `lat ${COORDINATES_MESSAGE}` })
  override lat?: number;

  @ValidateIf(needsCoordinates)
  @IsDefined({ message: `lng ${COORDINATES_MESSAGE}` })
  override lng?: number;
}

const FREQUENCY_MESSAGE = `frequency must be one of ${JOB_ALERT_FREQUENCIES.join(', ')}`;

class AlertSettingsDto {
  @ApiProperty({
    enum: JOB_ALERT_FREQUENCIES,
    description:
      'instant: new jobs are collected for JOB_ALERT_BATCH_MINUTES (15) and sent together; daily: Monday to Friday at 08:00 your time; weekly: Mondays at 08:00',
  })
  @IsIn(JOB_ALERT_FREQUENCIES, { message: FREQUENCY_MESSAGE })
  frequency!: JobAlertFrequency;

  @ApiPropertyOptional({ maxLength: 120, example: 'Forklift jobs near Naperville', description: 'Default: a description of the criteria' })
  @IsOptional()
  @Trim()
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120)
  name?: string;
}

export class CreateJobAlertDto extends IntersectionType(JobAlertCriteriaDto, AlertSettingsDto) {}

export class CreateGuestJobAlertDto extends CreateJobAlertDto {
  @ApiProperty({ example: 'sam@example.com', description: 'Where the alert goes, once the address is confirmed through the link we send to it' })
  @EmailAddress()
  email!: string;

  @ApiPropertyOptional({ example: 'America/New_York', description: 'For the 08:00 of daily and weekly alerts. Default: the nearest branch’s zone' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

/**
 * Fields left out stay as they are; a criterion set to null is removed
 * (lat and lng together). Changing the criteria starts the alert afresh:
 * jobs already listed are never listed again.
 */
export class UpdateJobAlertDto extends PartialType(CreateJobAlertDto) {
  @ApiPropertyOptional({ description: 'false pauses the alert; true starts it again with the jobs that open from then on' })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

/** The criteria keys, for telling a criteria change apart from a rename or a new frequency. */
export const CRITERIA_KEYS = ['q', 'employmentType', 'branchId', 'lat', 'lng', 'radiusKm', 'payMin', 'postalCode'] as const;
export type CriteriaKey = (typeof CRITERIA_KEYS)[number];

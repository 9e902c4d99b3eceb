import { ApiProperty } from '@nestjs/swagger';
import { EMPLOYMENT_TYPES, JOB_ALERT_FREQUENCIES, type EmploymentType, type JobAlertFrequency } from '@nextstep/db';

export class JobAlertCriteriaViewDto {
  @ApiProperty({ type: String, nullable: true, example: 'forklift operator' }) q!: string | null;
  @ApiProperty({ enum: EMPLOYMENT_TYPES, isArray: true, description: 'Empty: every type' }) employmentType!: EmploymentType[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) branchId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '60540' }) postalCode!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Where the radius is measured from (the postal code, located)' }) lat!: number | null;
  @ApiProperty({ type: Number, nullable: true }) lng!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 40 }) radiusKm!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Yearly USD' }) payMin!: number | null;
}

export class JobAlertDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '“forklift operator” within 40 km of 60540' }) name!: string;
  @ApiProperty({ enum: JOB_ALERT_FREQUENCIES }) frequency!: JobAlertFrequency;
  @ApiProperty({ description: 'false while paused (or after the e-mail’s unsubscribe link)' }) active!: boolean;
  @ApiProperty({ example: 'America/Chicago', description: 'Daily and weekly e-mails go at 08:00 here (your profile’s zone)' }) timeZone!: string;
  @ApiProperty({ type: JobAlertCriteriaViewDto }) criteria!: JobAlertCriteriaViewDto;
  @ApiProperty({ example: '/?q=forklift+operator&sort=recent', description: 'The web app’s job search with these criteria' }) searchPath!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the latest alert e-mail went out' }) lastSentAt!: string | null;
}

export class GuestJobAlertAcceptedDto {
  @ApiProperty({ example: 'Check your inbox: we sent a link to confirm the alert. Nothing else is sent until you confirm it.' })
  message!: string;
}

export class JobAlertConfirmedDto {
  @ApiProperty({ example: true }) confirmed!: true;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: JOB_ALERT_FREQUENCIES }) frequency!: JobAlertFrequency;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATUSES, CONTACT_CHANNELS, INTERVIEW_MODES, MESSAGE_KINDS, type ApplicationStatus, type ContactChannel, type InterviewMode, type MessageKind } from '@nextstep/db';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CANDIDATE_MESSAGE, COVER_LETTER } from '@nextstep/contracts';
import { PageLimit, Trim } from '../../common/validation/validators';

const MIN_COVER_LETTER = COVER_LETTER.minChars;

export class ApplyDto {
  @ApiProperty({ minLength: MIN_COVER_LETTER, maxLength: COVER_LETTER.maxChars, description: 'Speaks for you while the employer reviews applications; they will not take calls at this stage.' })
  @Trim()
  @IsString({ message: 'coverLetter must be text' })
  @MinLength(MIN_COVER_LETTER, {
    message: `coverLetter must be at least ${MIN_COVER_LETTER} characters: after applying, your cover letter and resume are what speak for you, so say why you fit this job`,
  })
  @MaxLength(COVER_LETTER.maxChars, { message: `coverLetter must be at most ${COVER_LETTER.maxChars} characters` })
  coverLetter!: string;

  @ApiPropertyOptional({ description: 'Defaults to the resume text of your profile.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'resumeText must not be empty when given' })
  @MaxLength(100_000)
  resumeText?: string;
}

export class TransitionDto {
  @ApiProperty({ enum: APPLICATION_STATUSES })
  @IsIn(APPLICATION_STATUSES, { message: `to must be one of ${APPLICATION_STATUSES.join(', ')}` })
  to!: ApplicationStatus;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ description: 'The version you last saw; a newer one on the server answers 409 STALE_VERSION.' })
  @IsOptional()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version?: number;

  @ApiPropertyOptional({
    default: true,
    description: 'false: do not e-mail the candidate about this move (screening, offer, rejected and hired send a short note otherwise).',
  })
  @IsOptional()
  @IsBoolean({ message: 'notify must be true or false' })
  notify?: boolean;
}

export class WithdrawDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class FollowUpDto {
  @ApiProperty({ enum: MESSAGE_KINDS })
  @IsIn(MESSAGE_KINDS, { message: 'kind must be message or thank_you' })
  kind!: MessageKind;

  @ApiProperty({ minLength: CANDIDATE_MESSAGE.minChars, maxLength: CANDIDATE_MESSAGE.maxChars })
  @Trim()
  @IsString({ message: 'body must be text' })
  @MinLength(CANDIDATE_MESSAGE.minChars, { message: `body must be at least ${CANDIDATE_MESSAGE.minChars} characters` })
  @MaxLength(CANDIDATE_MESSAGE.maxChars, { message: `body must be at most ${CANDIDATE_MESSAGE.maxChars} characters` })
  body!: string;
}

export class ContactDto {
  @ApiProperty({ enum: CONTACT_CHANNELS })
  @IsIn(CONTACT_CHANNELS, { message: 'channel must be phone, email or in_person' })
  channel!: ContactChannel;

  @ApiProperty({ description: 'What the candidate was told.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'summary must not be empty' })
  @MaxLength(2000)
  summary!: string;
}

export class ScheduleInterviewDto {
  @ApiProperty({ description: 'May lie in the past when recording an interview that already happened.' })
  @Type(() => Date)
  @IsDate({ message: 'scheduledAt must be an ISO 8601 date-time' })
  scheduledAt!: Date;

  @ApiProperty({ minimum: 5, maximum: 480 })
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(5, { message: 'durationMinutes must be at least 5' })
  @Max(480, { message: 'durationMinutes must be at most 480' })
  durationMinutes!: number;

  @ApiProperty({ enum: INTERVIEW_MODES })
  @IsIn(INTERVIEW_MODES, { message: 'mode must be in_person, phone or video' })
  mode!: InterviewMode;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  location?: string;

  @ApiProperty()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'interviewerName must not be empty' })
  @MaxLength(200)
  interviewerName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'interviewerEmail must be an e-mail address' })
  interviewerEmail?: string;
}

export class RescheduleInterviewDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'scheduledAt must be an ISO 8601 date-time' })
  scheduledAt?: Date;

  @ApiPropertyOptional({ minimum: 5, maximum: 480 })
  @IsOptional()
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(5, { message: 'durationMinutes must be at least 5' })
  @Max(480, { message: 'durationMinutes must be at most 480' })
  durationMinutes?: number;

  @ApiPropertyOptional({ enum: INTERVIEW_MODES })
  @IsOptional()
  @IsIn(INTERVIEW_MODES, { message: 'mode must be in_person, phone or video' })
  mode?: InterviewMode;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  location?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'interviewerName must not be empty' })
  @MaxLength(200)
  interviewerName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'interviewerEmail must be an e-mail address' })
  interviewerEmail?: string;
}

export class CompleteInterviewDto {
  @ApiPropertyOptional({ description: 'Defaults to now; never in the future nor before scheduledAt.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'completedAt must be an ISO 8601 date-time' })
  completedAt?: Date;

  @ApiPropertyOptional({ description: 'What the candidate was told about the next steps.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  nextSteps?: string;

  @ApiPropertyOptional({ description: 'When the employer expects to decide.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'decisionExpectedBy must be an ISO 8601 date-time' })
  decisionExpectedBy?: Date;
}

export class StaffApplicationsQuery {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, { message: `status must be one of ${APPLICATION_STATUSES.join(', ')}` })
  status?: ApplicationStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'jobId must be a UUID' })
  jobId?: string;

  @ApiPropertyOptional({ description: 'Interviewed candidates whose follow-up date is within 4 days or past, with no news since.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsIn([true, false], { message: 'owedNews must be true or false' })
  owedNews?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @PageLimit()
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

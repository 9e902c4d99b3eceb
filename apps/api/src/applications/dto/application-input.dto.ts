import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { APPLICATION_STATUSES, CONTACT_CHANNELS, INTERVIEW_MODES, MESSAGE_KINDS, type ApplicationStatus, type ContactChannel, type InterviewMode, type MessageKind } from '@nextstep/db';
import { applyDecorators } from '@nestjs/common';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { CANDIDATE_MESSAGE, COVER_LETTER } from '@nextstep/contracts';
import { IsDateInWindow, NumberParam, PageLimit, Trim } from '../../common/validation/validators';

const MIN_COVER_LETTER = COVER_LETTER.minChars;

const VERSION_DESCRIPTION = 'The application version you last saw; a newer one on the server answers 409 STALE_VERSION.';

/** The optional `version` of a write: the application's version as the caller read it. */
function ReadVersion(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ description: VERSION_DESCRIPTION, minimum: 1 }),
    IsOptional(),
    IsInt({ message: 'version must be a whole number' }),
    Min(1, { message: 'version must be a whole number' }),
  );
}

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

  @ApiPropertyOptional({ description: 'true: the candidate sees the note in their history; otherwise (the default) it stays internal to the agency.' })
  @IsOptional()
  @IsBoolean({ message: 'noteForCandidate must be true or false' })
  noteForCandidate?: boolean;

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

  @ReadVersion()
  version?: number;
}

export class ScheduleInterviewDto {
  @ApiProperty({ description: 'May lie in the past when recording an interview that already happened.' })
  @Type(() => Date)
  @IsDate({ message: 'scheduledAt must be an ISO 8601 date-time' })
  @IsDateInWindow()
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

  @ReadVersion()
  version?: number;
}

export class RescheduleInterviewDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'scheduledAt must be an ISO 8601 date-time' })
  @IsDateInWindow()
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

  @ReadVersion()
  version?: number;
}

export class CompleteInterviewDto {
  @ApiPropertyOptional({ description: 'Defaults to now; never in the future nor before scheduledAt.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'completedAt must be an ISO 8601 date-time' })
  @IsDateInWindow()
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
  @IsDateInWindow()
  decisionExpectedBy?: Date;

  @ReadVersion()
  version?: number;
}

export class CancelInterviewQuery {
  @ApiPropertyOptional({ description: VERSION_DESCRIPTION, minimum: 1 })
  @IsOptional()
  @NumberParam()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be a whole number' })
  version?: number;
}

export class ReplyDto {
  @ApiProperty({ minLength: 1, maxLength: CANDIDATE_MESSAGE.maxChars, description: "E-mailed to the candidate, Reply-To the branch; counts as a contact." })
  @Trim()
  @IsString({ message: 'body must be text' })
  @IsNotEmpty({ message: 'body must not be empty' })
  @MaxLength(CANDIDATE_MESSAGE.maxChars, { message: `body must be at most ${CANDIDATE_MESSAGE.maxChars} characters` })
  body!: string;

  @ReadVersion()
  version?: number;
}

export class MessageReadDto {
  @ApiProperty({ description: 'true: mark read; false: mark unread again.' })
  @IsBoolean({ message: 'read must be true or false' })
  read!: boolean;
}

/** The moves a recruiter may make on many applications at once. */
export const BULK_TARGETS = ['screening', 'rejected'] as const satisfies readonly ApplicationStatus[];
export type BulkTarget = (typeof BULK_TARGETS)[number];

export class BulkItemDto {
  @ApiProperty()
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @ReadVersion()
  version?: number;
}

export class BulkTransitionDto {
  @ApiProperty({ enum: BULK_TARGETS })
  @IsIn(BULK_TARGETS, { message: `to must be one of ${BULK_TARGETS.join(', ')}` })
  to!: BulkTarget;

  @ApiProperty({ type: [BulkItemDto], minItems: 1, maxItems: 100 })
  @IsArray({ message: 'items must be a list' })
  @ArrayMinSize(1, { message: 'items must name at least one application' })
  @ArrayMaxSize(100, { message: 'items may name at most 100 applications' })
  @ValidateNested({ each: true })
  @Type(() => BulkItemDto)
  items!: BulkItemDto[];

  @ApiPropertyOptional({ maxLength: 2000, description: 'Recorded in each history; for a rejection, the kind words the recruiter chose.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ default: true, description: 'false: do not e-mail the candidates about this move.' })
  @IsOptional()
  @IsBoolean({ message: 'notify must be true or false' })
  notify?: boolean;
}

export class TodayQuery {
  @ApiPropertyOptional({ description: "Admins: the branch to show (default: the first by name). Recruiters always see their own." })
  @IsOptional()
  @IsUUID('all', { message: 'branchId must be a UUID' })
  branchId?: string;
}

export class InterviewConflictsQuery {
  @ApiProperty({ description: 'Start of the planned interview.' })
  @Type(() => Date)
  @IsDate({ message: 'start must be an ISO 8601 date-time' })
  @IsDateInWindow()
  start!: Date;

  @ApiProperty({ minimum: 5, maximum: 480 })
  @NumberParam()
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(5, { message: 'durationMinutes must be at least 5' })
  @Max(480, { message: 'durationMinutes must be at most 480' })
  durationMinutes!: number;

  @ApiPropertyOptional({ description: 'The interview being moved, which cannot conflict with itself.' })
  @IsOptional()
  @IsUUID('all', { message: 'excludeInterviewId must be a UUID' })
  excludeInterviewId?: string;
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

  @ApiPropertyOptional({ description: 'Admins: one branch only (a recruiter always sees their own).' })
  @IsOptional()
  @IsUUID('all', { message: 'branchId must be a UUID' })
  branchId?: string;

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

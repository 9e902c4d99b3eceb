import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { WholeNumberParam } from '../../common/validation/validators';

export const SUGGESTION_KINDS = ['title', 'skill'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export class SuggestJobsQuery {
  @ApiProperty({ example: 'fork', description: 'What the person has typed so far (2 to 60 characters)' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'prefix must be a single text value' })
  @MinLength(2, { message: 'prefix must be at least 2 characters' })
  @MaxLength(60, { message: 'prefix must be at most 60 characters' })
  prefix!: string;

  @WholeNumberParam('limit', { min: 1, max: 20, default: 8 })
  limit?: number;
}

export class JobSuggestionDto {
  @ApiProperty({ example: 'Forklift Operator' }) text!: string;
  @ApiProperty({ enum: SUGGESTION_KINDS }) kind!: SuggestionKind;
  @ApiProperty({ example: 42, description: 'Open jobs with this title or skill' }) jobs!: number;
}

export class JobSuggestionsDto {
  @ApiProperty({ type: [JobSuggestionDto] }) items!: JobSuggestionDto[];
}

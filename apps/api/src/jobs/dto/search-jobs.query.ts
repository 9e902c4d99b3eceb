import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EMPLOYMENT_TYPES, type EmploymentType } from '@nextstep/db';
import { CoordinateParam, PostalCodeParam, givesCoordinates } from '../../common/validation/lat-lng';
import { NumberParam, WholeNumberParam } from '../../common/validation/validators';
import type { SearchSort } from '../search-cursor';

export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'recent', 'distance'];

/** Postgres text cannot hold NUL, and control characters never help a search. */
function stripControlCharacters(text: string): string {
  return Array.from(text, (ch) => ((ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f' ? ' ' : ch)).join('');
}

/** lat and lng come together, and radiusKm and sort=distance need them unless postalCode gives the origin. */
const usesCoordinates = (o: SearchJobsQuery): boolean =>
  givesCoordinates(o) || (o.postalCode === undefined && (o.radiusKm !== undefined || o.sort === 'distance'));
const LOCATION_MESSAGE = 'is required together with the other coordinate, and by radiusKm or sort=distance unless postalCode is given';

export class SearchJobsQuery {
  @ApiPropertyOptional({
    example: 'forklift operator',
    description: 'Full text over title, skills and description (web-search syntax: "quoted phrase", -exclude, or)',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? stripControlCharacters(value) : value))
  @IsString({ message: 'q must be a single text value' })
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: EMPLOYMENT_TYPES, isArray: true, description: 'Repeat the parameter (or separate with commas) for several' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : [v])),
  )
  @ArrayMaxSize(10)
  @IsIn(EMPLOYMENT_TYPES, { each: true, message: `employmentType must be one of ${EMPLOYMENT_TYPES.join(', ')}` })
  employmentType?: EmploymentType[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'branchId must be a UUID' })
  branchId?: string;

  @CoordinateParam('lat', usesCoordinates, LOCATION_MESSAGE)
  lat?: number;

  @CoordinateParam('lng', usesCoordinates, LOCATION_MESSAGE)
  lng?: number;

  @PostalCodeParam('Instead of lat/lng: the search origin as a US ZIP code (ZIP+4 too) or a Canadian postal code or its area ("M5V")')
  postalCode?: string;

  @ApiPropertyOptional({ minimum: 0.1, maximum: 500, example: 25, description: 'Only jobs within this great-circle distance of lat/lng or postalCode' })
  @IsOptional()
  @NumberParam()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'radiusKm must be a number' })
  @Min(0.1)
  @Max(500)
  radiusKm?: number;

  @ApiPropertyOptional({
    minimum: 0,
    example: 50000,
    description: 'Minimum yearly pay in whole USD: jobs whose pay range reaches it. Hourly pay counts as ×2,080 hours.',
  })
  @IsOptional()
  @NumberParam()
  @IsInt({ message: 'payMin must be a whole number of US dollars per year' })
  @Min(0)
  @Max(10_000_000)
  payMin?: number;

  @WholeNumberParam('postedWithinDays', { min: 1, max: 365, example: 7 })
  postedWithinDays?: number;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, description: 'Default: relevance when q is set, else recent' })
  @IsOptional()
  @IsIn(SEARCH_SORTS, { message: `sort must be one of ${SEARCH_SORTS.join(', ')}` })
  sort?: SearchSort;

  @WholeNumberParam('limit', { min: 1, max: 100, default: 20 })
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page, unchanged' })
  @IsOptional()
  @IsString({ message: 'cursor must be a single text value' })
  @MaxLength(1000)
  cursor?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDefined, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
import { NumberParam } from '../../common/validation/validators';

const needsCoordinates = (o: NearestBranchesQuery): boolean => o.lat !== undefined || o.lng !== undefined || o.postalCode === undefined;

export class NearestBranchesQuery {
  @ApiPropertyOptional({ minimum: -90, maximum: 90, example: 41.88, description: 'Latitude (with lng), unless postalCode is given' })
  @ValidateIf(needsCoordinates)
  @IsDefined({ message: 'lat is required (with lng) unless postalCode is given' })
  @NumberParam()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat must be a number' })
  @Min(-90)
  @Max(90)
  lat?: number;

  @ApiPropertyOptional({ minimum: -180, maximum: 180, example: -87.63 })
  @ValidateIf(needsCoordinates)
  @IsDefined({ message: 'lng is required (with lat) unless postalCode is given' })
  @NumberParam()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lng must be a number' })
  @Min(-180)
  @Max(180)
  lng?: number;

  @ApiPropertyOptional({ example: '60606', description: 'Instead of lat/lng: a postal code known from the branches or jobs' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9 -]{1,9}$/, { message: 'postalCode must be 2-10 letters, digits, spaces or dashes' })
  postalCode?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 5 })
  @IsOptional()
  @NumberParam()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(50)
  limit?: number;
}

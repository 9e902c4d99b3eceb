import { ApiProperty } from '@nestjs/swagger';
import type { Branch } from '@nextstep/db';

export class BranchDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Nextstep Chicago Loop' }) name!: string;
  @ApiProperty({ example: '200 W Madison St, Suite 1400' }) addressLine!: string;
  @ApiProperty({ example: 'Chicago' }) city!: string;
  @ApiProperty({ example: 'IL' }) region!: string;
  @ApiProperty({ example: '60606' }) postalCode!: string;
  @ApiProperty({ example: '+1 312-555-0140' }) phone!: string;
  @ApiProperty({ example: 'chicago@nextstep.example' }) email!: string;
  @ApiProperty({ example: 41.882 }) latitude!: number;
  @ApiProperty({ example: -87.6345 }) longitude!: number;
  @ApiProperty({ example: 'America/Chicago', description: 'IANA time zone' }) timeZone!: string;
  @ApiProperty({ example: 'Mon–Fri 8:00–17:00' }) openingHours!: string;

  static from(branch: Branch): BranchDto {
    const { id, name, addressLine, city, region, postalCode, phone, email, latitude, longitude, timeZone, openingHours } = branch;
    return { id, name, addressLine, city, region, postalCode, phone, email, latitude, longitude, timeZone, openingHours };
  }
}

export class BranchListDto {
  @ApiProperty({ type: [BranchDto] }) items!: BranchDto[];
}

export class NearestBranchDto extends BranchDto {
  @ApiProperty({ example: 3.214, description: 'Great-circle distance from the origin, km (3 decimals)' })
  distanceKm!: number;
}

export class OriginDto {
  @ApiProperty({ example: 41.88 }) latitude!: number;
  @ApiProperty({ example: -87.63 }) longitude!: number;
  @ApiProperty({ type: String, nullable: true, example: '60606', description: 'Set when the origin came from a postal code' })
  postalCode!: string | null;
}

export class NearestBranchesDto {
  @ApiProperty({ type: OriginDto }) origin!: OriginDto;
  @ApiProperty({ type: [NearestBranchDto], description: 'Nearest first' }) items!: NearestBranchDto[];
}

import { ApiProperty } from '@nestjs/swagger';
import type { Company } from '@nextstep/db';

/** "A leading manufacturer": what a confidential company is called in public. */
export function maskedCompanyName(industry: string): string {
  return `A leading ${industry}`;
}

/** Company as shown next to a job in the search results. */
export class CompanyRefDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a confidential company' })
  id!: string | null;

  @ApiProperty({ example: 'A leading manufacturer', description: 'Masked as "A leading <industry>" for a confidential company' })
  name!: string;

  @ApiProperty() confidential!: boolean;

  static from(company: Pick<Company, 'id' | 'name' | 'industry' | 'confidential'>): CompanyRefDto {
    return company.confidential
      ? { id: null, name: maskedCompanyName(company.industry), confidential: true }
      : { id: company.id, name: company.name, confidential: false };
  }
}

/**
 * The profile candidates research before applying. For a confidential
 * company, name, website and id are withheld; the mission, values, goals and
 * operations stay, because they help the candidate prepare and recruiters
 * write them without naming the company.
 */
export class CompanyPublicProfileDto extends CompanyRefDto {
  @ApiProperty({ type: String, nullable: true, example: 'https://www.example.com' }) website!: string | null;
  @ApiProperty({ example: 'manufacturer' }) industry!: string;
  @ApiProperty() mission!: string;
  @ApiProperty({ type: [String] }) values!: string[];
  @ApiProperty() goals!: string;
  @ApiProperty() operations!: string;

  static fromCompany(company: Company): CompanyPublicProfileDto {
    const { industry, mission, values, goals, operations } = company;
    return {
      ...CompanyRefDto.from(company),
      website: company.confidential ? null : company.website,
      industry,
      mission,
      values,
      goals,
      operations,
    };
  }
}

/** Full record, for recruiters and admins (the write routes arrive with accounts). */
export class CompanyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) website!: string | null;
  @ApiProperty() industry!: string;
  @ApiProperty() mission!: string;
  @ApiProperty({ type: [String] }) values!: string[];
  @ApiProperty() goals!: string;
  @ApiProperty() operations!: string;
  @ApiProperty() confidential!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The branch whose recruiters may edit it; null: admins only.' })
  branchId!: string | null;

  static from(company: Company): CompanyDto {
    const { id, name, website, industry, mission, values, goals, operations, confidential, branchId } = company;
    return { id, name, website, industry, mission, values, goals, operations, confidential, branchId };
  }
}

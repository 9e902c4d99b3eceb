import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUrl, IsUUID, Length } from 'class-validator';

/** Body of the (coming) recruiter/admin route that adds a client company; CompaniesService.create takes it. */
export class CreateCompanyDto {
  @ApiProperty() @IsString() @Length(1, 160) name!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  website?: string | null;

  @ApiProperty({ example: 'manufacturer', description: 'Noun phrase for the masked name: "A leading <industry>"' })
  @IsString()
  @Length(2, 100)
  industry!: string;

  @ApiProperty() @IsString() @Length(1, 4000) mission!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  values!: string[];

  @ApiProperty() @IsString() @Length(1, 4000) goals!: string;
  @ApiProperty() @IsString() @Length(1, 4000) operations!: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() confidential?: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "The branch that looks after the client (its recruiters may edit it). Recruiters: their own, which is also the default; admins: any, or null for admins only.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'branchId must be the id of a branch' })
  branchId?: string | null;
}

export class UpdateCompanyDto extends PartialType(CreateCompanyDto) {}

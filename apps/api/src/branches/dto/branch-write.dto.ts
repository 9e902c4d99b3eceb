import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsEmail, IsNumber, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsTimeZone } from '../../common/validation/validators';

/** Body of the (coming) admin route that opens a branch; BranchesService.create takes it. */
export class CreateBranchDto {
  @ApiProperty() @IsString() @Length(2, 120) name!: string;
  @ApiProperty() @IsString() @Length(3, 200) addressLine!: string;
  @ApiProperty() @IsString() @Length(1, 100) city!: string;
  @ApiProperty() @IsString() @Length(1, 100) region!: string;
  @ApiProperty() @IsString() @Matches(/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/) postalCode!: string;
  @ApiProperty() @IsString() @Matches(/^\+?[0-9 ().-]{7,40}$/, { message: 'phone must be a phone number' }) phone!: string;
  @ApiProperty() @IsEmail() @Length(3, 200) email!: string;
  @ApiProperty() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-90) @Max(90) latitude!: number;
  @ApiProperty() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-180) @Max(180) longitude!: number;
  @ApiProperty({ example: 'America/Chicago' }) @IsTimeZone() timeZone!: string;
  @ApiProperty() @IsString() @Length(1, 500) openingHours!: string;
}

export class UpdateBranchDto extends PartialType(CreateBranchDto) {}

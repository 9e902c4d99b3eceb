import { ApiProperty, PartialType } from '@nestjs/swagger';
import { isValidTimeZone } from '@nextstep/guidance';
import { IsEmail, IsNumber, IsString, Length, Matches, Max, Min, registerDecorator, type ValidationOptions } from 'class-validator';

/** An IANA time zone name that this runtime knows (uses Intl, as the guidance rules do). */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be an IANA time zone such as America/Chicago`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidTimeZone(value) },
    });
}

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

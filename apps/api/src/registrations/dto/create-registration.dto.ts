import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { GENDERS, type Gender } from '#core/registrations/index.js';
import {
  NestedObject,
  IsCountryCode,
  IsLocalDate,
  OptionalNotNull,
} from '#api/common/validation/gofar-validators.js';
import { Trim } from '#api/common/validation/trim.transform.js';
import { MultiLine } from '#api/common/validation/text-input.js';

export class EmergencyContactDto {
  @ApiProperty({ example: 'Nguyen Van Binh' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '+84 912 345 678' })
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(50)
  phone!: string;

  @ApiProperty({ example: 'father' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  relationship!: string;
}

export class GuardianDto extends EmergencyContactDto {
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @ApiProperty({ description: 'The guardian’s consent; must be true for a participant under 18' })
  @IsBoolean()
  consent!: boolean;
}

export class CreateRegistrationDto {
  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  nationality!: string;

  @ApiProperty({ example: '2001-04-09', format: 'date', description: 'A calendar date, 1900–2199' })
  @IsLocalDate()
  dateOfBirth!: string;

  @ApiPropertyOptional({ enum: GENDERS, nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;

  @ApiPropertyOptional({ type: [String], example: ['halal', 'vegetarian'] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  dietaryRequirements?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Seen only by you, organizers and event staff; never emailed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @MultiLine()
  medicalNotes?: string | null;

  @ApiProperty({ type: EmergencyContactDto })
  @NestedObject(() => EmergencyContactDto)
  emergencyContact!: EmergencyContactDto;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  @MultiLine()
  motivation?: string | null;

  @ApiPropertyOptional({ type: GuardianDto, nullable: true })
  @IsOptional()
  @NestedObject(() => GuardianDto)
  guardian?: GuardianDto | null;
}

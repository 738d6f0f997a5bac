import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { SUPPORTED_LOCALES, type Locale } from '#core/accounts/index.js';
import { IsIanaZone, OptionalNotNull } from '#api/common/validation/gofar-validators.js';
import { Trim } from '#api/common/validation/trim.transform.js';

/** A partial change of the profile: absent fields stay; `timezone: null` clears the zone. */
export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Nguyen Thi Linh', minLength: 1, maxLength: 200 })
  @OptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Trim()
  fullName?: string;

  @ApiPropertyOptional({ enum: SUPPORTED_LOCALES })
  @OptionalNotNull()
  @IsIn(SUPPORTED_LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Asia/Ho_Chi_Minh',
    description: 'An IANA zone, stored in its canonical form; null clears it',
  })
  @IsOptional()
  @IsIanaZone()
  timezone?: string | null;
}

export class ChangePasswordDto {
  @ApiProperty({ example: 'the current passphrase', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @ApiProperty({ minLength: 10, maxLength: 200, example: 'a new long passphrase' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  newPassword!: string;
}

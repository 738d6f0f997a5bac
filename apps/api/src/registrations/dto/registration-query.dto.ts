import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  REGISTRATION_STATUSES,
  SEARCH_MAX_LENGTH,
  type RegistrationStatus,
} from '#core/registrations/index.js';
import { IsCountryCode } from '#api/common/validation/gofar-validators.js';
import { Trim } from '#api/common/validation/trim.transform.js';
import { PageQueryDto } from '#api/common/http/page-query.dto.js';

/** The filters the list and the CSV share. */
export class RegistrationSearchQueryDto {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  @ApiPropertyOptional({ example: 'VN' })
  @IsOptional()
  @IsCountryCode()
  nationality?: string;

  @ApiPropertyOptional({
    maxLength: SEARCH_MAX_LENGTH,
    example: 'nguyen anh',
    description:
      'Words that must each appear in the registrant’s name or email, whatever the case and accents ' +
      '(“nguyen” finds “Nguyễn”, “dang” finds “Đặng”); blank is no search',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(SEARCH_MAX_LENGTH)
  q?: string;
}

export class RegistrationListQueryDto extends IntersectionType(
  PageQueryDto,
  RegistrationSearchQueryDto,
) {}

export class RegistrationCsvQueryDto extends RegistrationSearchQueryDto {
  @ApiPropertyOptional({ enum: ['medical'], description: 'Add the medical notes column' })
  @IsOptional()
  @IsIn(['medical'])
  include?: 'medical';
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '#core/registrations/index.js';
import { IsCountryCode } from '#api/common/validation/gofar-validators.js';
import { PageQueryDto } from '#api/common/http/page-query.dto.js';

export class RegistrationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  @ApiPropertyOptional({ example: 'VN' })
  @IsOptional()
  @IsCountryCode()
  nationality?: string;
}

export class RegistrationCsvQueryDto {
  @ApiPropertyOptional({ enum: ['medical'], description: 'Add the medical notes column' })
  @IsOptional()
  @IsIn(['medical'])
  include?: 'medical';
}

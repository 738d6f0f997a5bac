import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiProperty({ example: 'timezone' })
  field!: string;

  @ApiProperty({ example: 'isIanaZone' })
  constraint!: string;

  @ApiProperty({ example: 'timezone must be an IANA time zone such as Asia/Seoul' })
  message!: string;
}

/** The one error shape of the API. */
export class ErrorBodyDto {
  @ApiProperty({ example: 409 })
  statusCode!: number;

  @ApiProperty({ example: 'INVALID_STATE' })
  code!: string;

  @ApiProperty({ example: 'Only a draft can be published; this event is published' })
  message!: string;

  @ApiPropertyOptional({ type: [ErrorDetailDto] })
  details?: ErrorDetailDto[];
}

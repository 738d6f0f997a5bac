import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Trim } from '#api/common/validation/trim.transform.js';

export class LoginDto {
  @ApiProperty({ example: 'linh.nguyen@example.org' })
  @IsString()
  @MaxLength(254)
  @Trim()
  email!: string;

  @ApiProperty({ example: 'a long passphrase' })
  @IsString()
  @MaxLength(200)
  password!: string;
}

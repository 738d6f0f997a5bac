import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '#api/common/validation/trim.transform.js';

export class SignupDto {
  @ApiProperty({ example: 'linh.nguyen@example.org' })
  @IsEmail()
  @MaxLength(254)
  @Trim()
  email!: string;

  @ApiProperty({ minLength: 10, maxLength: 200, example: 'a long passphrase' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Nguyen Thi Linh', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Trim()
  fullName!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '#api/common/validation/trim.transform.js';
import { UserDto } from './user.dto.js';

/** A token from an emailed link (`?token=`). */
export class VerifyEmailDto {
  @ApiProperty({ description: 'The `token` of the emailed /verify-email link', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  token!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'linh.nguyen@example.org' })
  @IsString()
  @MaxLength(254)
  @Trim()
  email!: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty({ description: 'The `token` of the emailed /reset-password link', maxLength: 200 })
  @IsString()
  @MaxLength(200)
  token!: string;

  @ApiProperty({ minLength: 10, maxLength: 200, example: 'a new long passphrase' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password!: string;
}

/** An account, alone. */
export class UserEnvelopeDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;
}

/** A request taken; what follows (an email) happens in the background, or not at all. */
export class AcceptedDto {
  @ApiProperty({ example: 'If an account exists for this email, a link is on its way.' })
  message!: string;
}

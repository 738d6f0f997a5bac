import { ApiProperty } from '@nestjs/swagger';
import { UserDto } from './user.dto.js';

/** What signup and login answer: the account and a bearer token for it. */
export class AuthSessionDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;

  @ApiProperty({
    description: 'Send as `Authorization: Bearer <accessToken>`; expires after JWT_TTL',
  })
  accessToken!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import type { User } from '#core/accounts/index.js';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  fullName!: string;

  @ApiProperty({
    description: 'Runs the installation: creates organizations and names their organizers',
  })
  isAdmin!: boolean;

  @ApiProperty()
  createdAt!: string;

  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      isAdmin: user.isAdmin,
      createdAt: user.createdAt.toISOString(),
    };
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { SUPPORTED_LOCALES, type Locale, type User } from '#core/accounts/index.js';

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

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the email address was verified; null until then',
  })
  emailVerifiedAt!: string | null;

  @ApiProperty({
    enum: SUPPORTED_LOCALES,
    description: 'The language of their emails and of the web app',
  })
  locale!: Locale;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Asia/Ho_Chi_Minh',
    description: 'IANA zone for "your time"; null until chosen',
  })
  timezone!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      isAdmin: user.isAdmin,
      emailVerifiedAt: user.emailVerifiedAt?.toISOString() ?? null,
      locale: user.locale,
      timezone: user.timezone,
      createdAt: user.createdAt.toISOString(),
    };
  }
}

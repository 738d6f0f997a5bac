import { ApiProperty } from '@nestjs/swagger';
import type { User } from '#core/accounts/index.js';
import { MEMBERSHIP_ROLES, type MembershipRole } from '#core/organizations/index.js';
import { UserDto } from '../auth/dto/user.dto.js';

export class MyMembershipDto {
  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES })
  role!: MembershipRole;
}

export class MeDto extends UserDto {
  @ApiProperty({ type: [MyMembershipDto] })
  memberships!: MyMembershipDto[];

  static withMemberships(
    user: User,
    memberships: { organizationId: string; role: MembershipRole }[],
  ): MeDto {
    return {
      ...UserDto.from(user),
      memberships: memberships.map(({ organizationId, role }) => ({ organizationId, role })),
    };
  }
}

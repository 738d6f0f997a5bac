import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn } from 'class-validator';
import {
  type Membership,
  MEMBERSHIP_ROLES,
  type MembershipRole,
} from '#core/organizations/index.js';
import { Trim } from '#api/common/validation/trim.transform.js';

export class SetMemberDto {
  @ApiProperty({ example: 'minjun.kim@example.org' })
  @IsEmail()
  @Trim()
  email!: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES })
  @IsIn(MEMBERSHIP_ROLES)
  role!: MembershipRole;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ enum: MEMBERSHIP_ROLES })
  role!: MembershipRole;

  @ApiProperty({ required: false })
  email?: string;

  @ApiProperty({ required: false })
  fullName?: string;

  @ApiProperty()
  createdAt!: string;

  static from(membership: Membership): MembershipDto {
    return {
      organizationId: membership.organizationId,
      userId: membership.userId,
      role: membership.role,
      ...(membership.user
        ? { email: membership.user.email, fullName: membership.user.fullName }
        : {}),
      createdAt: membership.createdAt.toISOString(),
    };
  }
}

export class MembershipListDto {
  @ApiProperty({ type: [MembershipDto] })
  items!: MembershipDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

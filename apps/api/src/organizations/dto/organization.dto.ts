import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { Organization } from '#core/organizations/index.js';
import { Trim } from '#api/common/validation/trim.transform.js';

export class CreateOrganizationDto {
  @ApiProperty({ example: 'ASEAN-Korea Youth Centre', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Trim()
  name!: string;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  createdAt!: string;

  static from(organization: Organization): OrganizationDto {
    return {
      id: organization.id,
      name: organization.name,
      createdAt: organization.createdAt.toISOString(),
    };
  }
}

export class OrganizationListDto {
  @ApiProperty({ type: [OrganizationDto] })
  items!: OrganizationDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}

import { ApiProperty } from '@nestjs/swagger';
import { MeDto } from '#api/me/me.dto.js';

/** The signed-in account of a browser session, with its memberships (as GET /me). */
export class BrowserSessionDto {
  @ApiProperty({ type: MeDto })
  user!: MeDto;
}

import { ApiProperty } from '@nestjs/swagger';

/** Where the dashboard is and until when the cookie just set opens it. */
export class QueueDashboardSessionDto {
  @ApiProperty({ example: '/admin/queues', description: 'Open this path in the same browser' })
  url!: string;

  @ApiProperty({
    example: '2026-07-20T09:15:00.000Z',
    description: 'When the `gofar_queues` cookie stops being accepted (15 minutes from now)',
  })
  expiresAt!: string;
}

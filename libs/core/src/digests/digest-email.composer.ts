import { Injectable } from '@nestjs/common';
import type { KindComposers } from '../notifications/compose.js';
import { StaffDigestService } from './staff-digest.service.js';

/** The emails of digests: the staff's morning digest, written by the digest service. */
@Injectable()
export class DigestEmailComposer {
  constructor(private readonly digests: StaffDigestService) {}

  readonly composers = {
    staff_digest: (notification, recipient) => this.digests.content(notification, recipient),
  } satisfies KindComposers;
}

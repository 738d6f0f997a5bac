import { DomainError } from '../common/index.js';

export const lastOrganizer = () =>
  new DomainError('conflict', 'LAST_ORGANIZER', 'An organization must keep at least one organizer');

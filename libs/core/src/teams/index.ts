/** The teams feature's front door (how teams are dealt stays inside). */
export * from './mission.entity.js';
export * from './mission.service.js';
export * from './submission.entity.js';
export * from './team-access.service.js';
export * from './team-leave-request.js';
export * from './team-member.entity.js';
export * from './team.entity.js';
export * from './team.service.js';
export * from './teams.errors.js';
export * from './team.repository.js';
export * from './mission.repository.js';

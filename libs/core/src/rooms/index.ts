/** The rooms feature's front door: accommodations, rooms, occupants and the rooming rules. */
export * from './accommodation.entity.js';
export * from './accommodation.repository.js';
export * from './accommodation.service.js';
export * from './room-assignment.js';
export * from './room-kind.js';
export * from './room-leave.js';
export * from './room-occupant.entity.js';
export * from './room-person.js';
export * from './room-rules.js';
export * from './room-sharing.js';
export * from './room.entity.js';
export * from './rooms.errors.js';

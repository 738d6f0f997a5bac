/** Reminder offsets an event gets when its organizer names none. */
export const DEFAULT_EVENT_REMINDER_OFFSETS = ['P7D', 'P1D'];
export const DEFAULT_SESSION_REMINDER_OFFSETS = ['PT1H'];
export const DEFAULT_MISSION_REMINDER_OFFSETS = ['P1D'];

/**
 * What the console's area folders (console/<area>/...) use from the rest of the web app, in one
 * place: files two folders down import from here rather than climbing with `../../`.
 */
export { api } from '../api/client';
export { ApiError, isApiError, unwrap } from '../api/errors';
export { showServerErrors } from '../api/form-errors';
export type { EventSummary, Me, Schemas } from '../api/types';
export { useSession } from '../auth/useSession';
export { EmptyState, LoadError, Loading, useErrorMessage } from '../common/QueryStates';
export { countryName, countryOptions } from '../format/countries';
export {
  dateTimeIn,
  localDate,
  localDateRange,
  ownZone,
  utcOffset,
  zoneLabel,
} from '../format/time';
export { currentZoneName, zoneOptions } from '../account/zones';

/**
 * What the programme and teams pages of the console use from the rest of the web app, in one
 * place (pages two folders down import from here rather than climbing directories).
 */
export { zoneOptions } from '../account/zones';
export { api } from '../api/client';
export { ApiError, unwrap } from '../api/errors';
export { showServerErrors } from '../api/form-errors';
export type { EventSummary, Schemas, Session } from '../api/types';
export { EmptyState, LoadError, Loading, useErrorMessage } from '../common/QueryStates';
export { countryName, countryOptions } from '../format/countries';
export { instantOf } from '../format/instant';
export {
  dateTimeIn,
  localDate,
  namePlacesAfterVenues,
  sessionPlaceTimes,
  zoneLabel,
} from '../format/time';

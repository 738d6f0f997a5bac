import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { useErrorMessage } from '../common/QueryStates';

/** An action's error in words: the participant pages' codes first, then the app's. */
export function useActionError(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  const general = useErrorMessage();
  return (error) => {
    if (error instanceof ApiError && i18n.exists(`registrations.errors.${error.code}`))
      return t(`registrations.errors.${error.code}`);
    return general(error);
  };
}

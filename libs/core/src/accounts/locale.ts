/** The languages Gofar speaks (the contract's Languages); `en` is the default. */
export const SUPPORTED_LOCALES = ['en', 'ko', 'vi', 'th', 'id'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/**
 * Every string the app shows goes through `t()`. English is the only language so far; the
 * others (ko, vi, th, id) plug in here as resources when they are written.
 */
void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;

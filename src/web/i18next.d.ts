import 'i18next';
import type enErrors from '#shared/i18n/locales/errors/en.json';
import type en from '#shared/i18n/locales/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof enErrors };
    returnNull: false;
  }
}

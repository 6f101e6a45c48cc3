import { useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '#shared/i18n/locales.js';
import { applyDocumentLocale, currentLocale } from '#web/lib/i18n.js';

/** Keeps `<html lang dir>`, Mantine's direction and the tab title in step with the language. */
export function DocumentLocale() {
  const { t, i18n } = useTranslation();
  const { setDirection } = useDirection();
  const locale = currentLocale(i18n);
  useEffect(() => {
    applyDocumentLocale(locale);
    setDirection(LOCALES[locale].dir);
    document.title = t('app.name');
  }, [locale, setDirection, t]);
  return null;
}

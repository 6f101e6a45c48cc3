import { Button, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOCALES, LOCALE_CODES, type Locale } from '#shared/i18n/locales.js';
import { currentLocale, storeLocale } from '#web/lib/i18n.js';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const active = currentLocale(i18n);
  const choose = async (locale: Locale) => {
    storeLocale(locale);
    await i18n.changeLanguage(locale);
    // Error messages are rendered by the server in the request's language: refetch failed
    // queries so their message follows. Data itself holds codes, labelled on the client.
    await queryClient.invalidateQueries({ predicate: (query) => query.state.status === 'error' });
  };
  return (
    <Group gap={4} role="group" aria-label={t('app.language')}>
      {LOCALE_CODES.map((locale) => (
        <Button
          key={locale}
          size="compact-sm"
          variant={locale === active ? 'filled' : 'subtle'}
          aria-pressed={locale === active}
          lang={locale}
          onClick={() => void choose(locale)}
        >
          {LOCALES[locale].nativeName}
        </Button>
      ))}
    </Group>
  );
}

import { DirectionProvider, MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { LOCALES } from '#shared/i18n/locales.js';
import { ApiError, createApiClient } from '#web/lib/api-client.js';
import { ApiContext } from '#web/lib/api-context.js';
import { currentLocale } from '#web/lib/i18n.js';
import { readCsrfToken } from '#web/lib/session.js';
import { DocumentLocale } from './document-locale.js';

const theme = createTheme({
  primaryColor: 'indigo',
  fontFamily: "system-ui, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', Tahoma, sans-serif",
  defaultRadius: 'md',
});

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        // Client errors (403, 404, 409…) will not change by retrying.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400) && count < 2,
      },
    },
  });
}

export function Providers({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [api] = useState(() =>
    createApiClient({
      getLocale: () => currentLocale(i18n),
      getCsrfToken: () => readCsrfToken(queryClient),
    }),
  );
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={LOCALES[currentLocale(i18n)].dir}>
        <MantineProvider theme={theme}>
          <DocumentLocale />
          <QueryClientProvider client={queryClient}>
            <ApiContext value={api}>{children}</ApiContext>
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}

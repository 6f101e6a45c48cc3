import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { Providers } from './providers.js';
import { createRouter } from './router.js';

export function App({ i18n }: { i18n: I18n }) {
  const [router] = useState(createRouter);
  return (
    <Providers i18n={i18n}>
      <RouterProvider router={router} />
    </Providers>
  );
}

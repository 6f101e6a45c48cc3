import '@mantine/core/styles.css';
import 'mantine-datatable/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { applyDocumentLocale, initI18n, readStoredLocale } from './lib/i18n.js';

async function start(): Promise<void> {
  const locale = readStoredLocale();
  applyDocumentLocale(locale);
  const i18n = await initI18n(locale);
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}

void start();

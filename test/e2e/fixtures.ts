// Playwright's loader maps relative '.js' imports to TypeScript but not '#shared/*' subpaths.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as base, type Page, type TestInfo } from '@playwright/test';
import { generate } from 'otplib';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../src/shared/domain/demo-accounts.js';
import { LOCALES } from '../../src/shared/i18n/locales.js';
import ar from '#shared/i18n/locales/ar.json' with { type: 'json' };
import en from '#shared/i18n/locales/en.json' with { type: 'json' };
import arErrors from '#shared/i18n/locales/errors/ar.json' with { type: 'json' };
import enErrors from '#shared/i18n/locales/errors/en.json' with { type: 'json' };

export type UiLocale = 'ar' | 'en';
export type JourneyOptions = { uiLocale: UiLocale };
/** The UI catalogue plus the server's error messages, as the app loads them. */
export type Catalogue = typeof en & typeof enErrors;

const CATALOGUES: Record<UiLocale, Catalogue> = {
  ar: { ...ar, ...arErrors },
  en: { ...en, ...enErrors },
};
const SCREENSHOT_DIR = join(import.meta.dirname, '../../test-results/screenshots');
const TOTP_STEP_MS = 30_000;

export const test = base.extend<JourneyOptions & { catalogue: Catalogue }>({
  uiLocale: ['ar', { option: true }],
  catalogue: async ({ uiLocale }, use) => {
    await use(CATALOGUES[uiLocale]);
  },
});
export { expect };

/** Clicks the language button and checks `<html lang dir>` follows locales.ts. */
export async function switchLanguage(page: Page, locale: UiLocale): Promise<void> {
  await page.getByRole('button', { name: LOCALES[locale].nativeName, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  const { lang, dir } = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));
  expect({ lang, dir }).toEqual({ lang: locale, dir: LOCALES[locale].dir });
}

export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${testInfo.project.name}-${name}.png`);
  // A viewport as tall as the page instead of `fullPage`, which paints fixed headers mid-page.
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function waitForNextTotpStep(): Promise<void> {
  await new Promise((resolve) =>
    setTimeout(resolve, TOTP_STEP_MS - (Date.now() % TOTP_STEP_MS) + 500),
  );
}

/**
 * Signs in and answers the MFA challenge. The server refuses a code whose time step was already
 * used (replay protection), so when another test just used this step, wait for the next one.
 */
export async function signIn(page: Page, catalogue: Catalogue, email: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(catalogue.auth.email).fill(email);
  await page
    .getByRole('textbox', { name: catalogue.auth.password, exact: true })
    .fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: catalogue.auth.signIn }).click();
  await expect(page.getByRole('heading', { name: catalogue.auth.mfaTitle })).toBeVisible();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.getByLabel(catalogue.auth.code).fill(await generate({ secret: DEMO_TOTP_SECRET }));
    await page.getByRole('button', { name: catalogue.auth.verify }).click();
    const outcome = await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith('/mfa')).then(() => 'in' as const),
      page
        .getByRole('alert')
        .waitFor()
        .then(() => 'refused' as const),
    ]);
    if (outcome === 'in') return;
    await waitForNextTotpStep();
  }
  throw new Error('MFA verification kept failing');
}

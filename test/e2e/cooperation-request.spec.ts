import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import cooperation from '#shared/reference/cooperation.json' with { type: 'json' };
import htcds from '#shared/reference/htcds.json' with { type: 'json' };
import {
  expect,
  saveScreenshot,
  signIn,
  switchLanguage,
  test,
  type Catalogue,
  type UiLocale,
} from './fixtures.js';
import { signOut } from './victim-journey.js';

const SCREENSHOT_DIR = join(import.meta.dirname, '../../test-results/screenshots');
const PROSECUTOR = 'Demo Prosecutor';
// A neighbouring State that takes requests in Arabic or French (cooperation-languages.ts).
const COUNTRY = 'TUN';

type Summary = { id: string; reference: string; status: string; escalationLevel: number };

function countryName(locale: 'ar' | 'en'): string {
  const country = htcds.value_sets.countries.values.find((item) => item.code === COUNTRY);
  if (!country) throw new Error(`${COUNTRY} is not in the country list`);
  return country.label[locale];
}

function measureLabel(code: string, locale: 'ar' | 'en'): string {
  const measure = cooperation.items
    .flatMap((item) => item.measures ?? [])
    .find((candidate) => candidate.code === code);
  if (!measure) throw new Error(`unknown measure ${code}`);
  return measure.label[locale];
}

/** A catalogue text with its `{{number}}` filled in, as the UI renders it. */
const numbered = (text: string, number: number) => text.replace('{{number}}', String(number));

async function pickOption(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The request as the server sees it now (read through the signed-in page's session). */
async function readRequest(page: Page, id: string): Promise<Summary> {
  const response = await page.request.get(`/api/cooperation/requests/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Summary;
}

/**
 * Moves the node's clock forward as the system administrator, in a separate browser context.
 * Moving the clock ends every session (their expiry follows the node's clock), so the
 * administrator signs in for each move.
 */
async function advanceClock(
  browser: Browser,
  c: Catalogue,
  uiLocale: UiLocale,
  days: number,
): Promise<string> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  try {
    await admin.goto('/login');
    await switchLanguage(admin, uiLocale);
    await signIn(admin, c, 'admin@demo.tansiq.test');
    const session = await admin.request.get('/api/auth/session');
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const moved = await admin.request.post('/api/dev/clock/advance', {
      data: { days },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(moved.status()).toBe(200);
    return ((await moved.json()) as { now: string }).now;
  } finally {
    await context.close();
  }
}

test('an MLA request is checked, sent by the central authority, printed and escalated', async ({
  page,
  browser,
  catalogue: c,
  uiLocale,
}, testInfo) => {
  // Six sign-ins, each possibly waiting for the next TOTP step.
  test.setTimeout(420_000);
  const k = c.cooperation;
  const subject = `SYNTH bank records of a recruitment network ${uiLocale} ${String(Date.now())}`;
  const shot = (name: string) => saveScreenshot(page, testInfo, `cooperation-${name}`);
  let requestId = '';
  let reference = '';

  await test.step('the prosecutor drafts an MLA request with only some fields', async () => {
    await page.goto('/login');
    await switchLanguage(page, uiLocale);
    await signIn(page, c, 'prosecutor@demo.tansiq.test');
    await page.getByRole('link', { name: c.nav.cooperation, exact: true }).click();
    await page.getByRole('link', { name: k.newRequest }).click();
    await expect(page.getByRole('heading', { name: k.newTitle })).toBeVisible();
    await pickOption(page, k.form.foreignCountry, countryName(uiLocale));
    await page.getByRole('checkbox', { name: measureLabel('MLA_TAKE_EVIDENCE', uiLocale) }).check();
    await page
      .getByRole('checkbox', { name: measureLabel('MLA_DOCUMENTS_RECORDS', uiLocale) })
      .check();
    await page.getByLabel(k.form.legalBasis, { exact: true }).selectOption('UNTOC');
    await page.getByLabel(k.form.language, { exact: true }).selectOption('ar');
    await page.getByLabel(k.contents.subjectMatter, { exact: true }).fill(subject);
    await page
      .getByLabel(k.contents.natureOfInvestigation, { exact: true })
      .fill('SYNTH criminal investigation of trafficking in persons, pre-trial stage');
    await page
      .getByLabel(k.contents.assistanceSought, { exact: true })
      .fill('SYNTH hear the witness and provide the bank records of account SYNTH-0001');
    await page.getByRole('button', { name: k.persons.add }).click();
    await page.getByLabel(numbered(k.persons.nameLatin, 1)).fill('SYNTH Witness One');
    await page.getByLabel(numbered(k.persons.role, 1)).selectOption('witness');
    await shot('0-new-request');
    await page.getByRole('button', { name: k.saveDraft }).click();
    await expect(page).toHaveURL(/\/cooperation\/[0-9a-f-]{36}$/);
    requestId = new URL(page.url()).pathname.split('/').pop() ?? '';
    reference = (await page.locator('h2 bdi.reference').innerText()).trim();
    await expect(page.getByText(k.status.draft, { exact: true }).first()).toBeVisible();
  });

  await test.step('the pre-send check blocks it and lists exactly what is missing', async () => {
    const panel = page.getByRole('region', { name: k.check.title });
    await panel.getByRole('button', { name: k.commands.check }).click();
    await expect(panel.getByRole('alert')).toContainText(k.check.blocked);
    const missing = panel.getByRole('listitem');
    for (const text of [
      k.missing.requested_authority,
      k.missing.summary_of_facts,
      k.missing.purpose,
      numbered(k.missing.person_location, 1),
      numbered(k.missing.person_nationality, 1),
    ]) {
      await expect(missing.filter({ hasText: text })).toHaveCount(1);
    }
    // What was filled in is not reported.
    await expect(missing.filter({ hasText: k.missing.subject_matter })).toHaveCount(0);
    await expect(missing.filter({ hasText: k.missing.legal_basis })).toHaveCount(0);
    await expect(missing.filter({ hasText: k.missing.language })).toHaveCount(0);
    expect((await readRequest(page, requestId)).status).toBe('draft');
    await shot('1-check-blocked');
  });

  await test.step('the prosecutor completes the request and the check passes', async () => {
    await page
      .getByLabel(k.form.requestedAuthority, { exact: true })
      .fill('SYNTH Central Authority of the requested State');
    await page
      .getByLabel(k.contents.summaryOfFacts, { exact: true })
      .fill('SYNTH between 2025 and 2026 a network recruited workers with false job offers.');
    await page
      .getByLabel(k.contents.purpose, { exact: true })
      .fill('SYNTH evidence for the trial of the network before the criminal court.');
    await page.getByLabel(numbered(k.persons.location, 1)).fill('SYNTH Sfax');
    await pickOption(page, numbered(k.persons.nationality, 1), countryName(uiLocale));
    const panel = page.getByRole('region', { name: k.check.title });
    await panel.getByRole('button', { name: k.commands.check }).click();
    await expect(panel.getByText(k.check.complete)).toBeVisible();
    await expect(page.getByText(k.status.checked, { exact: true }).first()).toBeVisible();
    expect((await readRequest(page, requestId)).status).toBe('checked');
    await shot('2-checked');
    await signOut(page, c, PROSECUTOR);
  });

  await test.step('the central authority finds it in its queue and sends it', async () => {
    await signIn(page, c, 'central@demo.tansiq.test');
    await page.getByRole('link', { name: c.nav.cooperation, exact: true }).click();
    await expect(page.getByRole('tab', { name: k.views.toSend })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('row').filter({ hasText: reference })).toHaveCount(1);
    await shot('2-queue');
    await page.getByRole('link', { name: reference }).click();
    await page.getByRole('button', { name: k.commands.send }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel(k.actions.channel)).toHaveValue('CENTRAL_AUTHORITY');
    const transmission = `SYNTH-TX-${uiLocale}-${String(Date.now())}`;
    await dialog.getByLabel(k.actions.transmissionReference).fill(transmission);
    await dialog.getByRole('button', { name: k.actions.confirm }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(k.status.sent, { exact: true }).first()).toBeVisible();
    await expect(page.getByText(transmission)).toBeVisible();
    expect((await readRequest(page, requestId)).status).toBe('sent');
    await shot('3-sent');
  });

  await test.step('the Arabic PDF of the request is generated', async () => {
    const link = page.locator('a[href$="/document?lang=ar"]');
    await expect(link).toBeVisible();
    const response = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const project = testInfo.project.name;
    const pdf = join(SCREENSHOT_DIR, `${project}-cooperation-request.pdf`);
    writeFileSync(pdf, await response.body());
    const png = join(SCREENSHOT_DIR, `${project}-cooperation-pdf-page1`);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
    // A blank page at 80 dpi compresses to a few kilobytes; a typeset page is far larger.
    expect(statSync(`${png}.png`).size).toBeGreaterThan(20_000);
    await testInfo.attach('cooperation-pdf-page1', {
      path: `${png}.png`,
      contentType: 'image/png',
    });
  });

  await test.step('unanswered, the request climbs the escalation ladder', async () => {
    await advanceClock(browser, c, uiLocale, 31);
    // The move ended the officer's session; start from a clean sign-in.
    await page.context().clearCookies();
    await signIn(page, c, 'central@demo.tansiq.test');
    const reminded = await readRequest(page, requestId);
    expect(reminded.escalationLevel).toBeGreaterThanOrEqual(1);
    await page.goto(`/cooperation/${requestId}`);
    const levels = [k.escalation.level0, k.escalation.level1, k.escalation.level2];
    await expect(page.getByText(levels[reminded.escalationLevel] ?? '').first()).toBeVisible();

    await advanceClock(browser, c, uiLocale, 30);
    await page.context().clearCookies();
    await signIn(page, c, 'central@demo.tansiq.test');
    const escalated = await readRequest(page, requestId);
    expect(escalated.escalationLevel).toBeGreaterThanOrEqual(2);
    await page.goto(`/cooperation/${requestId}`);
    await expect(page.getByText(k.escalation.level2).first()).toBeVisible();
    await expect(page.getByText(c.tips.overdue, { exact: true }).first()).toBeVisible();
    await shot('4-escalated');
  });

  await test.step('the overdue request is on the dashboard and in the officer’s bell', async () => {
    await page.getByRole('link', { name: c.nav.cooperationDashboard, exact: true }).click();
    const overdue = page.getByRole('region', { name: k.dashboard.overdueTitle });
    const row = overdue.getByRole('row').filter({ hasText: reference });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(k.escalation.level2)).toBeVisible();
    await shot('5-dashboard');
    // The bell's name is "Notifications: n unread" in the UI language.
    const bellName = c.notifications.button_other.split(':')[0] ?? '';
    await page.getByRole('button', { name: new RegExp(`^${bellName}`) }).click();
    const escalatedText = k.notifications.escalated.split('{{reference}}');
    const notice = page.getByRole('link').filter({ hasText: reference });
    await expect(notice.filter({ hasText: escalatedText[1]?.trim() ?? '' })).toHaveCount(1);
  });
});

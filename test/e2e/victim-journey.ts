import type { Page, TestInfo } from '@playwright/test';
import indicators from '#shared/reference/indicators.json' with { type: 'json' };
import {
  expect,
  saveScreenshot,
  signIn,
  switchLanguage,
  test,
  type Catalogue,
  type UiLocale,
} from './fixtures.js';

// Seeded demo agencies (src/server/seed/demo-data.ts): names are data, not catalogue strings.
const VICTIM_SERVICES = 'Victim Services Directorate (demo)';
const CID = 'Criminal Investigation Department, Tripoli (demo)';
const INVESTIGATOR = 'Demo Investigator';
const YES_ON = ['DECEPTION', 'RESTRICTION_OF_MOVEMENT', 'WITHHOLDING_OF_WAGES'] as const;

export async function signOut(page: Page, c: Catalogue, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('menuitem', { name: c.user.logout }).click();
  await expect(page.getByRole('heading', { name: c.auth.loginTitle })).toBeVisible();
}

export type Journey = { page: Page; c: Catalogue; uiLocale: UiLocale; testInfo: TestInfo };

/**
 * The journey up to the identification decision: a public tip routed to victim services, a case
 * opened by the case worker, the person recorded and screened (indicators fire), consent and needs
 * (shelter) recorded, and the coordinator's decision. Ends signed in as the coordinator, on the
 * case page; returns the case's URL and title. `tag` keeps the test data of two specs apart.
 */
export async function screenAndDecide(
  { page, c, uiLocale, testInfo }: Journey,
  tag: string,
): Promise<{ caseUrl: string; caseTitle: string }> {
  const shot = (name: string) => saveScreenshot(page, testInfo, `${tag}-${name}`);
  let caseUrl = '';
  const whatWasSeen = `SYNTH ${tag} ${uiLocale}: young women kept in a farm house, passports taken.`;
  const created = await page.request.post('/api/public/tips', {
    data: { whatWasSeen },
    headers: { 'accept-language': uiLocale },
  });
  expect(created.status()).toBe(201);
  const { reference } = (await created.json()) as { reference: string };
  const caseTitle = `SYNTH farm house ${tag} ${uiLocale}`;

  await test.step('the operator routes the tip to victim services', async () => {
    await page.goto('/login');
    await switchLanguage(page, uiLocale);
    await signIn(page, c, 'operator@demo.tansiq.test');
    await page.goto('/tips');
    await page.getByRole('link', { name: reference }).click();
    const triage = page.getByRole('region', { name: c.tips.triage.title, exact: true });
    await triage.getByLabel(c.tips.triage.category).selectOption('ForcedLabour');
    await triage.getByLabel(c.tips.triage.agency).selectOption({ label: VICTIM_SERVICES });
    await triage.getByRole('button', { name: c.tips.triage.submit }).click();
    await expect(page.getByText(c.tipStatus.triaged, { exact: true }).first()).toBeVisible();
    await signOut(page, c, 'Demo Operator');
  });

  await test.step('the case worker opens a case and assigns an investigator', async () => {
    await signIn(page, c, 'caseworker@demo.tansiq.test');
    await page.goto('/tips');
    await page.getByRole('link', { name: reference }).click();
    const convert = page.getByRole('region', { name: c.tips.convert.title, exact: true });
    await convert.getByRole('radio', { name: c.caseKind.victim_case }).check();
    await convert.getByLabel(c.tips.convert.caseTitle).fill(caseTitle);
    await convert.getByRole('button', { name: c.tips.convert.submit }).click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = new URL(page.url()).pathname;
    await page.getByRole('button', { name: c.assign.title }).click();
    const assign = page.getByRole('form', { name: c.assign.title });
    await assign.getByLabel(c.assign.person).selectOption({ label: INVESTIGATOR });
    await assign.getByRole('button', { name: c.assign.submit }).click();
    await expect(page.getByText(INVESTIGATOR, { exact: true })).toBeVisible();
  });

  await test.step('the case worker records the person', async () => {
    const form = page.getByRole('region', { name: c.victims.createTitle });
    await form.getByLabel(c.victims.nameArabic).fill('سلمى المختبر');
    await form.getByLabel(c.victims.nameLatin).fill('Salma SYNTH');
    // Each name field runs in its script's direction, whatever the UI language.
    const direction = (label: string) =>
      form.getByLabel(label).evaluate((input) => getComputedStyle(input).direction);
    expect(await direction(c.victims.nameArabic)).toBe('rtl');
    expect(await direction(c.victims.nameLatin)).toBe('ltr');
    await form.getByRole('radio', { name: c.victims.sexes.F }).check();
    await form.getByLabel(c.victims.birthDate).fill('1998-05-14');
    await form.getByRole('button', { name: c.victims.addDocument }).click();
    await form.getByLabel(c.victims.documentNumber).fill('SX1234567');
    await shot('victim-1-record-form');
    await form.getByRole('button', { name: c.victims.submitCreate }).click();
    const person = page.getByRole('region', { name: c.victims.identityTitle, exact: true });
    await expect(person.getByText('Salma SYNTH')).toBeVisible();
    await expect(person.getByText(c.traffickingStatus.NotScreened).first()).toBeVisible();
  });

  await test.step('the case worker screens with the ILO indicators', async () => {
    await page.getByRole('link', { name: c.screening.open }).click();
    await expect(page).toHaveURL(/\/screening$/);
    const submit = page.getByRole('button', { name: c.screening.submit });
    await expect(submit).toBeDisabled();
    await page.getByRole('checkbox', { name: c.screening.consent }).check();
    await page.getByRole('checkbox', { name: c.screening.interpreter }).check();
    const yes = indicators.answer_scale.find((answer) => answer.code === 'YES')?.label[uiLocale];
    if (!yes) throw new Error('answer YES missing from indicators.json');
    for (const code of YES_ON) {
      await page.locator(`[data-indicator="${code}"]`).getByRole('radio', { name: yes }).check();
    }
    // Keyboard: arrow keys move the choice within one indicator's radio group.
    const isolation = page.locator('[data-indicator="ISOLATION"]').getByRole('radio');
    await isolation.last().focus();
    await page.keyboard.press('ArrowUp');
    await expect(isolation.nth(2)).toBeChecked();
    await shot('victim-2-screening-form');
    await submit.click();
    const result = page.getByRole('region', { name: c.screening.resultTitle });
    await expect(
      result.getByText(c.traffickingStatus.PresumedVictimOfTrafficking).first(),
    ).toBeVisible();
    await expect(result.getByRole('listitem')).toHaveCount(YES_ON.length);
    await shot('victim-3-screening-result');
    await result.getByRole('link', { name: c.screening.backToCase }).click();
  });

  await test.step('the case worker records consent for the investigators', async () => {
    const consent = page.getByRole('region', { name: c.consent.title });
    await consent.getByRole('button', { name: c.consent.add }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(c.consent.recipient).selectOption({ label: CID });
    await dialog.getByLabel(c.consent.purpose).selectOption('investigation');
    await dialog.getByLabel(c.consent.category).selectOption('assistance');
    await dialog.getByRole('button', { name: c.consent.submit }).click();
    await expect(dialog).toBeHidden();
    await expect(consent.getByRole('cell', { name: CID, exact: true })).toBeVisible();
    await expect(consent.getByText(c.consent.inForce, { exact: true })).toBeVisible();
    const needs = page.getByRole('region', { name: c.needs.title });
    await needs.getByRole('checkbox', { name: c.services.shelter }).check();
    await needs.getByRole('button', { name: c.needs.submit }).click();
    await expect(needs.getByText(c.needs.none)).toBeHidden();
    await shot('victim-4-case-worker-case');
    await signOut(page, c, 'Demo Case Worker');
  });

  await test.step('the national coordinator records the identification decision', async () => {
    await signIn(page, c, 'coordinator@demo.tansiq.test');
    await page.goto('/cases');
    await page
      .getByRole('row', { name: new RegExp(caseTitle) })
      .getByRole('link')
      .click();
    const decision = page.getByRole('region', { name: c.decision.title });
    await decision
      .getByRole('radio', { name: c.traffickingStatus.ActualVictimOfTrafficking })
      .check();
    await decision
      .getByLabel(c.decision.decidingBody)
      .fill('SYNTH National Identification Committee');
    await decision.getByLabel(c.decision.legalBasis).fill('SYNTH Law 10/2010, art. 12');
    await decision.getByRole('button', { name: c.decision.submit }).click();
    await expect(decision.getByText(c.decision.alreadyDecided)).toBeVisible();
    const history = page.getByRole('region', { name: c.victims.historyTitle });
    await expect(history.getByText(c.victims.historyBasis.decision)).toBeVisible();
    await expect(history.getByText('SYNTH Law 10/2010, art. 12')).toBeVisible();
    await shot('victim-5-decision');
  });
  return { caseUrl, caseTitle };
}

import type { Locator, Page } from '@playwright/test';
import { LOCALES } from '../../src/shared/i18n/locales.js';
import {
  expect,
  saveScreenshot,
  signIn,
  switchLanguage,
  test,
  type Catalogue,
  type UiLocale,
} from './fixtures.js';

// Seeded demo user (src/shared/domain/demo-accounts.ts): names are data, not catalogue strings.
const INVESTIGATOR = 'Demo Investigator';

const RESCUED = [
  { sex: 'F', birthYear: '2001', nameArabic: 'مريم التجريبية', nameLatin: 'Mariam SYNTH' },
  { sex: 'F', birthYear: '2006', nameArabic: 'نور التجريبية', nameLatin: 'Nour SYNTH' },
  { sex: 'M', birthYear: '1998', nameArabic: '', nameLatin: 'Yusuf SYNTH' },
] as const;
const ARRESTED = [
  { nameArabic: 'سالم المختبر', nameLatin: 'Salem SYNTH-SUSPECT' },
  { nameArabic: '', nameLatin: 'Tarek SYNTH-SUSPECT' },
] as const;

/**
 * A field's label matched whole, so "الجنس" (sex) does not also find "الجنسية" (citizenship); a
 * required field's label ends in Mantine's " *".
 */
function field(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

/** A plural message as the UI writes it: the locale's plural form, Intl digits. */
function plural(
  group: Record<string, unknown>,
  key: string,
  count: number,
  locale: UiLocale,
): string {
  const { intlTag } = LOCALES[locale];
  const forms = new Map(Object.entries(group));
  const text =
    forms.get(`${key}_${new Intl.PluralRules(intlTag).select(count)}`) ?? forms.get(`${key}_other`);
  if (typeof text !== 'string') throw new Error(`${key} has no plural forms`);
  return text.replace('{{count, number}}', new Intl.NumberFormat(intlTag).format(count));
}

/** The value cell of one row of the totals table, found by its translated label. */
function total(page: Page, c: Catalogue, label: string): Locator {
  return page
    .getByRole('region', { name: c.operations.totals.title })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell');
}

test('an operation records 3 rescued and 2 arrested persons; each rescue opens a possible-victim case', async ({
  page,
  catalogue,
  uiLocale,
}, testInfo) => {
  const ops = catalogue.operations;
  const shot = (name: string) => saveScreenshot(page, testInfo, `operation-${name}`);
  const digits = (value: number) => new Intl.NumberFormat(LOCALES[uiLocale].intlTag).format(value);
  const operationName = `SYNTH Operation Desert Dawn ${uiLocale} ${String(Date.now())}`;

  await test.step('the investigator plans an operation', async () => {
    await page.goto('/login');
    await switchLanguage(page, uiLocale);
    await signIn(page, catalogue, 'investigator@demo.tansiq.test');
    await page.getByRole('link', { name: catalogue.nav.operations }).click();
    await expect(page.getByRole('heading', { name: ops.listTitle })).toBeVisible();
    await page.getByRole('link', { name: ops.new }).click();
    const form = page.getByRole('form', { name: ops.create.title });
    await form.getByLabel(field(ops.fields.name)).fill(operationName);
    await form
      .getByLabel(field(ops.fields.objective))
      .fill('SYNTH raid on a farm where workers are held.');
    await expect(form.getByLabel(field(ops.fields.plannedStart))).not.toHaveValue('');
    await shot('1-plan');
    await form.getByRole('button', { name: ops.create.submit }).click();
    await expect(page).toHaveURL(/\/operations\/[0-9a-f-]{36}$/);
    await expect(page.getByText(operationName)).toBeVisible();
    await expect(page.getByText(ops.status.planned, { exact: true })).toBeVisible();
  });

  await test.step('the investigator starts it', async () => {
    await page.getByRole('button', { name: ops.actions.start }).click();
    await expect(page.getByText(ops.status.in_execution, { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: ops.actions.start })).toBeHidden();
    await expect(page.getByRole('button', { name: ops.actions.complete })).toBeVisible();
  });

  await test.step('three rescued persons are recorded, identified by the investigator', async () => {
    const rescue = page.getByRole('region', { name: ops.rescue.title });
    const officer = rescue.getByLabel(field(ops.rescue.officer));
    await expect(officer.locator('option:checked')).toHaveText(INVESTIGATOR);
    await rescue.getByRole('button', { name: ops.rescue.addPerson }).click();
    await rescue.getByRole('button', { name: ops.rescue.addPerson }).click();
    for (const [index, person] of RESCUED.entries()) {
      const name = ops.rescue.person.replace('{{number}}', String(index + 1));
      const row = rescue.getByRole('group', { name, exact: true });
      await row.getByLabel(field(ops.rescue.sex)).selectOption(person.sex);
      await row.getByLabel(field(ops.rescue.birthYear)).fill(person.birthYear);
      if (person.nameArabic)
        await row.getByLabel(field(ops.rescue.nameArabic)).fill(person.nameArabic);
      await row.getByLabel(field(ops.rescue.nameLatin)).fill(person.nameLatin);
      await row.getByLabel(field(ops.rescue.location)).fill('SYNTH farm house, barn');
    }
    // Names keep their script's direction whatever the UI language.
    const first = rescue.getByRole('group', {
      name: ops.rescue.person.replace('{{number}}', '1'),
      exact: true,
    });
    const direction = (label: string) =>
      first.getByLabel(field(label)).evaluate((input) => getComputedStyle(input).direction);
    expect(await direction(ops.rescue.nameArabic)).toBe('rtl');
    expect(await direction(ops.rescue.nameLatin)).toBe('ltr');
    await shot('2-rescue-form');
    await rescue
      .getByRole('button', { name: plural(ops.rescue, 'submit', RESCUED.length, uiLocale) })
      .click();
    await expect(rescue.getByRole('status')).toHaveText(
      plural(ops.rescue, 'recorded', RESCUED.length, uiLocale),
    );
    await expect(total(page, catalogue, ops.totals.rescued)).toHaveText(digits(RESCUED.length));
  });

  await test.step('two arrested persons are recorded', async () => {
    const arrest = page.getByRole('region', { name: ops.arrest.title });
    await arrest.getByRole('button', { name: ops.arrest.addPerson }).click();
    for (const [index, person] of ARRESTED.entries()) {
      const name = ops.arrest.person.replace('{{number}}', String(index + 1));
      const row = arrest.getByRole('group', { name, exact: true });
      if (person.nameArabic)
        await row.getByLabel(field(ops.arrest.nameArabic)).fill(person.nameArabic);
      await row.getByLabel(field(ops.arrest.nameLatin)).fill(person.nameLatin);
      await row.getByLabel(field(ops.arrest.sex)).selectOption('M');
    }
    await arrest
      .getByRole('button', { name: plural(ops.arrest, 'submit', ARRESTED.length, uiLocale) })
      .click();
    await expect(arrest.getByRole('status')).toHaveText(
      plural(ops.arrest, 'recorded', ARRESTED.length, uiLocale),
    );
  });

  const caseUrls: string[] = [];
  await test.step('the operation shows the totals and the rescued persons', async () => {
    await expect(total(page, catalogue, ops.totals.rescued)).toHaveText(digits(RESCUED.length));
    await expect(total(page, catalogue, ops.totals.arrested)).toHaveText(digits(ARRESTED.length));
    const rescues = page.getByRole('table', { name: ops.rescues.title });
    await expect(rescues.getByRole('row')).toHaveCount(RESCUED.length + 1);
    await expect(rescues.getByText(INVESTIGATOR)).toHaveCount(RESCUED.length);
    const arrests = page.getByRole('table', { name: ops.arrests.title });
    for (const person of ARRESTED) await expect(arrests.getByText(person.nameLatin)).toBeVisible();
    const links = rescues.getByRole('link');
    await expect(links).toHaveCount(RESCUED.length);
    for (const link of await links.all()) caseUrls.push((await link.getAttribute('href')) ?? '');
    await page.getByRole('region', { name: ops.totals.title }).scrollIntoViewIfNeeded();
    await shot('3-outcome');
  });

  await test.step('each rescued person has a possible-victim case', async () => {
    expect(new Set(caseUrls).size).toBe(RESCUED.length);
    const seen = new Set<string>();
    for (const [index, url] of caseUrls.entries()) {
      expect(url).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
      await page.goto(url);
      const person = page.getByRole('region', {
        name: catalogue.victims.identityTitle,
        exact: true,
      });
      await expect(
        person.getByText(catalogue.traffickingStatus.PossibleVictimOfTrafficking).first(),
      ).toBeVisible();
      for (const rescued of RESCUED) {
        if (await person.getByText(rescued.nameLatin).isVisible()) seen.add(rescued.nameLatin);
      }
      if (index === 0) await shot('4-victim-case');
    }
    expect([...seen].sort()).toEqual(RESCUED.map((rescued) => rescued.nameLatin).sort());
    await page.getByRole('link', { name: catalogue.nav.operations }).click();
    const row = page.getByRole('row').filter({ hasText: operationName });
    await expect(row.getByText(ops.status.in_execution, { exact: true })).toBeVisible();
    await shot('5-list');
  });
});

import { expect, saveScreenshot, signIn, switchLanguage, test } from './fixtures.js';

test('a coordinator filters the case list and keeps the filters as a saved view', async ({
  page,
  catalogue: c,
  uiLocale,
}, testInfo) => {
  await page.goto('/login');
  await switchLanguage(page, uiLocale);
  await signIn(page, c, 'coordinator@demo.tansiq.test');
  await page.goto('/cases');
  await expect(page.getByRole('heading', { name: c.cases.listTitle })).toBeVisible();

  await page.getByRole('combobox', { name: c.caseFilters.status }).click();
  await page.getByRole('option', { name: c.caseStatus.open }).click();
  const viewName = `SYNTH open ${uiLocale}`;
  await page.getByRole('textbox', { name: c.caseFilters.viewName }).fill(viewName);
  await page.getByRole('button', { name: c.caseFilters.saveView }).click();
  await expect(page.getByRole('textbox', { name: c.caseFilters.viewName })).toHaveValue('');

  await page.getByRole('combobox', { name: c.caseFilters.savedViews }).click();
  await expect(page.getByRole('option', { name: viewName })).toBeVisible();
  await page.keyboard.press('Escape');
  await saveScreenshot(page, testInfo, 'cases-1-filters');
});

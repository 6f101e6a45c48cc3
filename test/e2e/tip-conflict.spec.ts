import { expect, signIn, switchLanguage, test } from './fixtures.js';

test('a stale tip page shows the conflict message, reloads, and then succeeds', async ({
  page,
  catalogue: c,
  uiLocale,
}) => {
  const created = await page.request.post('/api/public/tips', {
    data: { whatWasSeen: 'SYNTH: a duplicate report about the same workshop.' },
    headers: { 'accept-language': uiLocale },
  });
  expect(created.status()).toBe(201);
  const { reference } = (await created.json()) as { reference: string };

  await page.goto('/login');
  await switchLanguage(page, uiLocale);
  await signIn(page, c, 'operator@demo.tansiq.test');
  await page.goto('/tips');
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { name: reference })).toBeVisible();

  // A colleague (here: a second tab) has the same version of the tip open.
  const stale = await page.context().newPage();
  await stale.goto(page.url());
  await expect(stale.getByRole('heading', { name: reference })).toBeVisible();

  const triage = page.getByRole('region', { name: c.tips.triage.title, exact: true });
  await triage.getByLabel(c.tips.triage.category).selectOption({ index: 1 });
  await triage.getByRole('button', { name: c.tips.triage.submit }).click();
  await expect(page.getByRole('region', { name: c.tips.convert.title, exact: true })).toBeVisible();

  const close = stale.getByRole('region', { name: c.tips.close.title, exact: true });
  await close.getByLabel(c.tips.close.reason).selectOption('duplicate');
  await close.getByRole('button', { name: c.tips.close.submit }).click();
  await expect(close.getByRole('alert')).toContainText(c.errors.conflict);

  // The page reloaded the tip, so the same click now carries the current version.
  await expect(stale.getByText(c.tipStatus.triaged, { exact: true }).first()).toBeVisible();
  await close.getByRole('button', { name: c.tips.close.submit }).click();
  await expect(stale.getByText(c.tips.closedTitle)).toBeVisible();
});

import { DEMO_ACCOUNTS } from '../../src/shared/domain/demo-accounts.js';
import { expect, saveScreenshot, signIn, switchLanguage, test } from './fixtures.js';

// The smallest valid PNG (1×1): the server checks magic bytes, so the attachment must be real.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const operator = DEMO_ACCOUNTS.find((account) => account.role === 'hotline_operator');

test('a public tip is triaged by the operator and becomes a case', async ({
  page,
  catalogue: c,
  uiLocale,
}, testInfo) => {
  if (!operator) throw new Error('demo operator account missing');

  await test.step('an anonymous person reports a suspicion', async () => {
    await page.goto('/report');
    // Arabic is the default: switch away and back to prove the switch drives <html lang dir>.
    await switchLanguage(page, 'en');
    await switchLanguage(page, uiLocale);
    await expect(page.getByRole('heading', { name: c.report.title })).toBeVisible();
    await page
      .getByLabel(c.report.whatWasSeen)
      .fill('SYNTH: several young workers locked in a workshop at night, no pay for months.');
    await page.getByLabel(c.report.region).selectOption({ index: 1 });
    await page.getByLabel(c.report.location).fill('SYNTH industrial zone, block 7');
    await page.getByLabel(c.report.peopleInvolved).fill('About six people, one white van.');
    await page.getByLabel(c.report.childInvolved).check();
    await page.getByLabel(c.report.imminentDanger).check();
    await page.getByLabel(c.report.stayAnonymous).uncheck();
    await page.getByLabel(c.report.contactPhone).fill('+000 555 0100');
    await page
      .getByLabel(c.report.attachments)
      .setInputFiles({ name: 'synth-photo.png', mimeType: 'image/png', buffer: PNG_1X1 });
    await expect(page.getByText('synth-photo.png')).toBeVisible();
    await saveScreenshot(page, testInfo, '1-report-form');
    await page.getByRole('button', { name: c.report.submit }).click();
    await expect(page.getByRole('heading', { name: c.report.receiptTitle })).toBeVisible();
  });
  const reference = await page.getByLabel(c.report.receiptReference).inputValue();
  expect(reference).not.toBe('');
  await saveScreenshot(page, testInfo, '2-report-receipt');

  await test.step('the operator signs in with a password and a TOTP code', async () => {
    await signIn(page, c, operator.email);
    await expect(page.getByRole('navigation', { name: c.app.navLabel })).toBeVisible();
  });

  await test.step('the operator finds the tip in the triage queue', async () => {
    await page.getByRole('navigation').getByRole('link', { name: c.nav.tipsQueue }).click();
    await expect(page.getByRole('heading', { name: c.tips.queueTitle })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: c.tips.columns.due })).toBeVisible();
    await expect(page.getByRole('link', { name: reference })).toBeVisible();
    await saveScreenshot(page, testInfo, '3-triage-queue');
    await page.getByRole('link', { name: reference }).click();
    await expect(page.getByRole('heading', { name: reference })).toBeVisible();
  });

  await test.step('the operator triages the tip', async () => {
    const triage = page.getByRole('region', { name: c.tips.triage.title, exact: true });
    await triage.getByLabel(c.tips.triage.category).selectOption({ index: 1 });
    await triage.getByLabel(c.tips.triage.priority).selectOption('high');
    await triage.getByLabel(c.tips.triage.agency).selectOption({ index: 0 });
    await triage.getByLabel(c.tips.triage.note).fill('SYNTH: call back the reporter today.');
    await saveScreenshot(page, testInfo, '4-tip-page');
    await triage.getByRole('button', { name: c.tips.triage.submit }).click();
    await expect(page.getByText(c.tipStatus.triaged, { exact: true }).first()).toBeVisible();
  });

  await test.step('the operator converts the tip into a case', async () => {
    const convert = page.getByRole('region', { name: c.tips.convert.title, exact: true });
    await convert.getByRole('radio', { name: c.caseKind.victim_case }).check();
    await convert.getByLabel(c.tips.convert.caseTitle).fill('SYNTH workshop labour exploitation');
    await saveScreenshot(page, testInfo, '5-tip-triaged');
    await convert.getByRole('button', { name: c.tips.convert.submit }).click();
    await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: reference })).toBeVisible();
    await expect(page.getByText('SYNTH workshop labour exploitation').first()).toBeVisible();
    await saveScreenshot(page, testInfo, '6-case-page');
  });
});

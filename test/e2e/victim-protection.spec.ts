import { LOCALES } from '../../src/shared/i18n/locales.js';
import { expect, saveScreenshot, signIn, test, type Catalogue, type UiLocale } from './fixtures.js';
import { screenAndDecide, signOut } from './victim-journey.js';

// Seeded demo provider (src/server/seed/demo-providers.ts), run by the demo shelter agency.
const SHELTER = 'Safe Haven Shelter, Tripoli (demo)';

/** "After 6 months" as the UI writes it: the catalogue's plural form, Intl digits. */
function followUpLabel(c: Catalogue, locale: UiLocale, months: number): string {
  const { intlTag } = LOCALES[locale];
  const form = new Intl.PluralRules(intlTag).select(months);
  // Arabic has plural forms English lacks, so look the key up outside the English-typed shape.
  const forms = new Map(Object.entries(c.reintegration));
  const text = forms.get(`afterMonths_${form}`) ?? c.reintegration.afterMonths_other;
  if (typeof text !== 'string') throw new Error(`afterMonths_${form} is not a string`);
  return text.replace('{{months}}', new Intl.NumberFormat(intlTag).format(months));
}

test('a presumed victim is referred to a shelter, served and followed up', async ({
  page,
  catalogue: c,
  uiLocale,
}, testInfo) => {
  // Five sign-ins, each possibly waiting for the next TOTP step.
  test.setTimeout(300_000);
  const { caseUrl } = await screenAndDecide({ page, c, uiLocale, testInfo }, 'protection');
  await signOut(page, c, 'Demo Coordinator');
  let caseReference = '';
  const afterMonths = (months: number) => followUpLabel(c, uiLocale, months);

  await test.step('the case worker refers the person to the shelter', async () => {
    await signIn(page, c, 'caseworker@demo.tansiq.test');
    await page.goto(caseUrl);
    caseReference = (await page.locator('h2 bdi.reference').innerText()).trim();
    const refer = page.getByRole('region', { name: c.refer.title });
    // The services come from the needs assessment (shelter), so the shelter is offered.
    await expect(refer.getByRole('checkbox', { name: c.services.shelter })).toBeChecked();
    const provider = refer.getByLabel(c.refer.provider);
    const option = provider.locator('option', { hasText: SHELTER });
    await provider.selectOption((await option.getAttribute('value')) ?? '');
    await refer.getByRole('radio', { name: c.referralUrgency.urgent }).check();
    await refer.getByLabel(c.refer.reason).fill('SYNTH needs a safe place tonight');
    await refer.getByRole('button', { name: c.refer.submit }).click();
    await expect(refer.getByRole('status')).toContainText(SHELTER);
    await signOut(page, c, 'Demo Case Worker');
  });

  await test.step('the shelter accepts, starts and completes the referral', async () => {
    await signIn(page, c, 'shelter@demo.tansiq.test');
    await page.getByRole('link', { name: c.nav.referrals }).click();
    await expect(page.getByRole('tab', { name: c.referrals.received })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const row = page.getByRole('row').filter({ hasText: caseReference });
    await expect(row.getByText(c.referralStatus.sent)).toBeVisible();
    await expect(row.getByText(c.referralUrgency.urgent)).toBeVisible();
    await saveScreenshot(page, testInfo, 'protection-6-referral-board');
    await row.getByRole('button', { name: c.referrals.actions.accept }).click();
    await expect(row.getByText(c.referralStatus.accepted)).toBeVisible();
    await row.getByRole('button', { name: c.referrals.actions.start }).click();
    await expect(row.getByText(c.referralStatus.in_progress)).toBeVisible();
    await row.getByRole('button', { name: c.referrals.actions.complete }).click();
    await expect(row.getByText(c.referralStatus.completed)).toBeVisible();
    await expect(row.getByRole('button')).toHaveCount(0);
    await saveScreenshot(page, testInfo, 'protection-7-referral-completed');
    await signOut(page, c, 'Demo Shelter Worker');
  });

  await test.step('the case worker sees it completed and schedules the follow-ups', async () => {
    await signIn(page, c, 'caseworker@demo.tansiq.test');
    await page.goto('/referrals');
    await page.getByRole('tab', { name: c.referrals.sent }).click();
    const row = page.getByRole('row').filter({ hasText: caseReference });
    await expect(row.getByText(c.referralStatus.completed)).toBeVisible();
    await page.goto(caseUrl);
    const panel = page.getByRole('region', { name: c.reintegration.title });
    const form = panel.getByRole('form', { name: c.reintegration.createTitle });
    await expect(form.getByLabel(c.reintegration.schedule)).toHaveValue('3, 6, 12');
    await form
      .getByLabel(c.reintegration.goal.replace('{{number}}', '1'), { exact: true })
      .selectOption('housing');
    await form
      .getByLabel(c.reintegration.goalDescription.replace('{{number}}', '1'))
      .fill('SYNTH find a flat near the training centre');
    await form.getByRole('button', { name: c.reintegration.addGoal }).click();
    await form
      .getByLabel(c.reintegration.goal.replace('{{number}}', '2'), { exact: true })
      .selectOption('income');
    await form.getByRole('button', { name: c.reintegration.submitCreate }).click();
    await expect(panel.getByText(c.reintegration.status.Active)).toBeVisible();
    const followUps = panel.getByRole('table', { name: c.reintegration.followUpsCaption });
    await expect(followUps.getByRole('row')).toHaveCount(4);
    for (const months of [3, 6, 12]) {
      await expect(
        followUps.getByRole('cell', { name: afterMonths(months), exact: true }),
      ).toBeVisible();
    }
    await expect(followUps.getByText(c.reintegration.notHeld)).toHaveCount(3);
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(page, testInfo, 'protection-8-reintegration');
  });
});

import { generate } from 'otplib';
import { DEMO_ACCOUNTS } from '../../src/shared/domain/demo-accounts.js';
import { expect, saveScreenshot, signIn, switchLanguage, test } from './fixtures.js';

const admin = DEMO_ACCOUNTS.find((account) => account.role === 'system_admin');
const INITIAL_PASSWORD = 'Synth-Initial-Password-1';

test('an administrator creates a user, who then sets up two-step verification', async ({
  page,
  catalogue: c,
  uiLocale,
}, testInfo) => {
  if (!admin) throw new Error('demo admin account missing');
  const email = `synth.${uiLocale}.${String(Date.now())}@demo.tansiq.test`;

  await test.step('the administrator creates the account', async () => {
    await page.goto('/login');
    await switchLanguage(page, uiLocale);
    await signIn(page, c, admin.email);
    await page.getByRole('navigation').getByRole('link', { name: c.nav.adminUsers }).click();
    await page.getByRole('button', { name: c.admin.createUser }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(c.admin.email).fill(email);
    await dialog.getByLabel(c.admin.displayName).fill('SYNTH New Case Worker');
    await dialog.getByLabel(c.admin.agency).selectOption({ index: 1 });
    await dialog.getByRole('checkbox', { name: c.roles.case_worker }).check();
    await dialog
      .getByRole('textbox', { name: c.admin.initialPassword, exact: true })
      .fill(INITIAL_PASSWORD);
    await saveScreenshot(page, testInfo, 'admin-create-user');
    await dialog.getByRole('button', { name: c.admin.createUser }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(email)).toBeVisible();
  });

  await test.step('the administrator signs out', async () => {
    await page.getByRole('button', { name: admin.name, exact: true }).click();
    await page.getByRole('menuitem', { name: c.user.logout }).click();
    await expect(page.getByRole('heading', { name: c.auth.loginTitle })).toBeVisible();
  });

  await test.step('the new user signs in and enrols an authenticator', async () => {
    await page.getByLabel(c.auth.email).fill(email);
    await page.getByRole('textbox', { name: c.auth.password, exact: true }).fill(INITIAL_PASSWORD);
    await page.getByRole('button', { name: c.auth.signIn }).click();
    await expect(page.getByRole('heading', { name: c.auth.enrolTitle })).toBeVisible();
    await expect(page.getByRole('img', { name: c.auth.qrAlt })).toBeVisible();
    const secret = await page.getByLabel(c.auth.secretLabel).inputValue();
    await saveScreenshot(page, testInfo, 'mfa-enrolment');
    await page.getByLabel(c.auth.code).fill(await generate({ secret }));
    await page.getByRole('button', { name: c.auth.confirmEnrol }).click();
    await expect(page.getByRole('heading', { name: c.dashboard.casesTitle })).toBeVisible();
    await saveScreenshot(page, testInfo, 'new-user-dashboard');
  });
});

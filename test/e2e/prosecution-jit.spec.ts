import type { Locator, Page } from '@playwright/test';
import htcds from '#shared/reference/htcds.json' with { type: 'json' };
import {
  expect,
  saveScreenshot,
  signIn,
  switchLanguage,
  test,
  type Catalogue,
} from './fixtures.js';

/**
 * A field's label matched whole, so "الجنس" (sex) does not also find "الجنسية" (nationality); a
 * required field's label ends in Mantine's " *".
 */
function field(label: string): RegExp {
  return new RegExp(`^${escape(label)}( \\*)?$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A tab's name also holds its count badge. */
function tab(page: Page, label: string): Locator {
  return page.getByRole('tab', { name: new RegExp(`^${escape(label)}`) });
}

async function addDefendant(
  page: Page,
  c: Catalogue,
  person: { nameArabic: string; nameLatin: string },
): Promise<Locator> {
  const p = c.prosecutions;
  await page.getByRole('button', { name: p.defendants.add }).click();
  const form = page.getByRole('form', { name: p.defendants.add });
  await form.getByLabel(field(p.defendants.nameArabic)).fill(person.nameArabic);
  await form.getByLabel(field(p.defendants.nameLatin)).fill(person.nameLatin);
  await form.getByLabel(field(p.defendants.nationality)).selectOption('TUN');
  await form.getByLabel(field(p.defendants.sex)).selectOption('M');
  await form.getByRole('button', { name: p.defendants.submit }).click();
  await expect(form).toBeHidden();
  return page.getByRole('article', { name: new RegExp(escape(person.nameLatin)) });
}

async function fileCharge(card: Locator, c: Catalogue, article: string): Promise<void> {
  const p = c.prosecutions;
  const form = card.getByRole('form', { name: p.charges.file });
  await form.getByLabel(field(p.charges.offence)).selectOption('trafficking_in_persons');
  await form.getByLabel(field(p.charges.lawArticle)).fill(article);
  await form.getByRole('button', { name: p.charges.file }).click();
}

test('a prosecutor runs a prosecution and a joint investigation team', async ({
  page,
  catalogue: c,
  uiLocale,
}, testInfo) => {
  test.setTimeout(240_000);
  const p = c.prosecutions;
  const j = c.jit;
  const stamp = `${uiLocale} ${String(Date.now())}`;
  const shot = (name: string) => saveScreenshot(page, testInfo, `prosecution-${name}`);
  const title = `SYNTH labour exploitation ring ${stamp}`;
  const cleared = { nameArabic: 'سامي التجريبي', nameLatin: `Sami SYNTH-DEF ${stamp}` };
  const flagged = { nameArabic: 'ليلى التجريبية', nameLatin: `Layla SYNTH-DEF ${stamp}` };

  await test.step('the prosecutor opens a prosecution', async () => {
    await page.goto('/login');
    await switchLanguage(page, uiLocale);
    await signIn(page, c, 'prosecutor@demo.tansiq.test');
    await page.getByRole('link', { name: c.nav.prosecutions, exact: true }).click();
    await expect(page.getByRole('heading', { name: p.listTitle })).toBeVisible();
    await page.getByRole('button', { name: p.create.open }).click();
    const form = page.getByRole('form', { name: p.create.title });
    await form.getByLabel(field(p.fields.title)).fill(title);
    await form.getByLabel(field(p.fields.court)).fill('SYNTH Criminal Court of First Instance');
    await form.getByRole('button', { name: p.create.submit }).click();
    await expect(page).toHaveURL(/\/prosecutions\/[0-9a-f-]{36}$/);
    await expect(page.getByText(title)).toBeVisible();
    await expect(page.getByRole('button', { name: p.stage.moveTo.indictment })).toBeVisible();
  });

  await test.step('a defendant is added and charged', async () => {
    const card = await addDefendant(page, c, cleared);
    await expect(card).toBeVisible();
    await expect(card.getByText(cleared.nameArabic)).toBeVisible();
    await fileCharge(card, c, 'SYNTH Law 19/2010 art. 3');
    const row = card.getByRole('row').filter({ hasText: 'SYNTH Law 19/2010 art. 3' });
    await expect(row.getByText(p.chargeStatus.filed, { exact: true })).toBeVisible();
  });

  await test.step('a charge waits for the non-punishment review', async () => {
    const card = await addDefendant(page, c, flagged);
    await card.getByRole('button', { name: p.review.raise }).click();
    let review = page.getByRole('form', { name: p.review.title });
    await review.getByLabel(field(p.review.reason)).fill('SYNTH: she says she was forced.');
    await review.getByRole('button', { name: p.review.submit }).click();
    await expect(review).toBeHidden();
    await expect(card.getByText(p.review.status.pending, { exact: true })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: p.review.required })).toBeVisible();
    await fileCharge(card, c, 'SYNTH Penal Code art. 407');
    await expect(card.getByRole('alert')).toContainText(c.errors.nonPunishmentReviewPending);
    await shot('1-review-blocks-charge');
    await card.getByRole('button', { name: p.review.decide }).click();
    review = page.getByRole('form', { name: p.review.title });
    await review.getByLabel(p.review.outcomes.applies).check();
    await review.getByLabel(field(p.review.reason)).fill('SYNTH: compelled by her traffickers.');
    await review.getByRole('button', { name: p.review.submit }).click();
    await expect(review).toBeHidden();
    await expect(card.getByText(p.review.status.applies, { exact: true })).toBeVisible();
  });

  await test.step('the case moves to indictment and a hearing is scheduled', async () => {
    await page.getByRole('button', { name: p.stage.moveTo.indictment }).click();
    await expect(page.getByRole('button', { name: p.stage.moveTo.trial })).toBeVisible();
    await shot('2-file');
    await tab(page, p.tabs.hearings).click();
    const form = page.getByRole('form', { name: p.hearings.schedule });
    await form.getByLabel(field(p.hearings.kind)).selectOption('preliminary');
    await form.getByRole('button', { name: p.hearings.schedule }).click();
    const hearings = page.getByRole('region', { name: p.hearings.title });
    await expect(hearings.getByRole('cell', { name: p.hearings.kinds.preliminary })).toBeVisible();
    await shot('3-hearings');
  });

  await test.step('a cooperation request is started from the file and links back to it', async () => {
    const k = c.cooperation;
    await page.getByRole('link', { name: k.requestFromFile }).click();
    await expect(page).toHaveURL(/\/cooperation\/new\?prosecutionId=[0-9a-f-]{36}/);
    const country = page.getByRole('combobox', { name: k.form.foreignCountry, exact: true });
    await country.click();
    const tunisia = htcds.value_sets.countries.values.find((item) => item.code === 'TUN');
    if (!tunisia) throw new Error('TUN is not in the country list');
    await country.fill(tunisia.label[uiLocale]);
    await page.getByRole('option', { name: tunisia.label[uiLocale], exact: true }).click();
    await page.getByRole('button', { name: k.saveDraft }).click();
    await expect(page).toHaveURL(/\/cooperation\/[0-9a-f-]{36}$/);
    const facts = page.getByRole('region', { name: k.facts.title });
    await facts.getByRole('link', { name: k.facts.openFile }).click();
    await expect(page).toHaveURL(/\/prosecutions\/[0-9a-f-]{36}$/);
    await expect(page.getByText(title)).toBeVisible();
  });

  const agreementName = `SYNTH JIT coastal route ${stamp}`;
  await test.step('a joint investigation team agreement is recorded', async () => {
    await page.getByRole('link', { name: c.nav.jit, exact: true }).click();
    await expect(page.getByRole('heading', { name: j.listTitle })).toBeVisible();
    await page.getByRole('link', { name: j.create.open }).click();
    const form = page.getByRole('form', { name: j.create.title });
    await form.getByLabel(field(j.fields.name)).fill(agreementName);
    await form
      .getByLabel(field(j.fields.scope))
      .fill('SYNTH: recruitment and transport of workers along the coastal route.');
    const first = form.getByRole('group', { name: j.create.party.replace('{{number}}', '1') });
    await expect(first.getByLabel(field(j.fields.country))).toHaveValue('LBY');
    await first.getByLabel(field(j.fields.authority)).fill('SYNTH Public Prosecution');
    const second = form.getByRole('group', { name: j.create.party.replace('{{number}}', '2') });
    await second.getByLabel(field(j.fields.country)).selectOption('TUN');
    await second.getByLabel(field(j.fields.authority)).fill('SYNTH Ministère public');
    await shot('4-jit-form');
    await form.getByRole('button', { name: j.create.submit }).click();
    await expect(page).toHaveURL(/\/jit\/[0-9a-f-]{36}$/);
    await expect(page.getByText(agreementName)).toBeVisible();
    const workspace = page.getByRole('region', { name: j.workspace.title });
    await expect(workspace.getByText(j.workspace.closedDraft)).toBeVisible();
  });

  await test.step('once active, the team writes in the shared workspace', async () => {
    await page.getByRole('button', { name: j.actions.activate }).click();
    const dialog = page.getByRole('form', { name: j.actions.activate });
    await dialog.getByRole('button', { name: j.actions.activate }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(j.status.active, { exact: true })).toBeVisible();
    const workspace = page.getByRole('region', { name: j.workspace.title });
    const note = `SYNTH: the boat left on the 3rd, ${stamp}`;
    await workspace.getByLabel(field(j.workspace.body)).fill(note);
    await workspace.getByRole('button', { name: j.workspace.post }).click();
    await expect(workspace.getByRole('article').filter({ hasText: note })).toBeVisible();
    await shot('5-jit-workspace');
  });

  await test.step('after termination the workspace is closed', async () => {
    await page.getByRole('button', { name: j.actions.terminate }).click();
    const dialog = page.getByRole('form', { name: j.actions.terminate });
    await dialog.getByLabel(field(j.fields.reason)).fill('SYNTH: the investigation is complete.');
    await dialog.getByRole('button', { name: j.actions.terminate }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: j.actions.terminate })).toBeHidden();
    await expect(page.getByText(j.status.terminated, { exact: true }).first()).toBeVisible();
    const closed = page
      .getByRole('region', { name: j.workspace.title })
      .getByRole('alert')
      .filter({ hasText: j.workspace.closedTitle });
    await expect(closed).toContainText(c.errors.jitAgreementNotActive);
    await expect(closed).toContainText(j.workspace.closedTerminated);
    await shot('6-jit-closed');
  });
});

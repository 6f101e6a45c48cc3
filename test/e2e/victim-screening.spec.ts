import { screenAndDecide } from './victim-journey.js';
import { test } from './fixtures.js';

test('a case worker records and screens a victim, a coordinator decides', async ({
  page,
  catalogue: c,
  uiLocale,
}, testInfo) => {
  // Three sign-ins, each possibly waiting for the next TOTP step.
  test.setTimeout(300_000);
  await screenAndDecide({ page, c, uiLocale, testInfo }, 'screening');
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import type { JourneyOptions } from './test/e2e/fixtures.js';

const port = Number(process.env['E2E_PORT'] ?? '8181');
// A fresh embedded database per run: the server seeds demo data into an empty one.
// Set once in the main process; workers inherit it through the environment.
process.env['E2E_DATA_DIR'] ??= mkdtempSync(join(tmpdir(), 'tansiq-e2e-'));
const dataDir = process.env['E2E_DATA_DIR'];

export default defineConfig<JourneyOptions>({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/artifacts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  globalTeardown: './test/e2e/global-teardown.ts',
  use: {
    baseURL: `http://127.0.0.1:${String(port)}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'ar', use: { uiLocale: 'ar' } },
    { name: 'en', use: { uiLocale: 'en' } },
  ],
  webServer: {
    command: 'npm run build:web && node bin/tansiq.js serve',
    url: `http://127.0.0.1:${String(port)}/healthz`,
    env: { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', TANSIQ_TEST_CLOCK: 'true' },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

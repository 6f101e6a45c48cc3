import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('defaults to the embedded demo node with Debian Chromium and a real clock', () => {
    const config = loadConfig({});
    expect(config.seedDemoOnEmpty).toBe(true);
    expect(config.chromiumPath).toBe('/usr/bin/chromium');
    expect(config.testClock).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ CHROMIUM_PATH: '', TANSIQ_TEST_CLOCK: '' }).testClock).toBe(false);
  });

  it('allows the movable clock on demo nodes only', () => {
    expect(loadConfig({ TANSIQ_TEST_CLOCK: 'true' }).testClock).toBe(true);
    const server = { DATABASE_URL: 'postgres://db.example.test/tansiq', TANSIQ_TEST_CLOCK: 'true' };
    expect(() => loadConfig(server)).toThrow(/TANSIQ_TEST_CLOCK/);
    expect(loadConfig({ ...server, TANSIQ_DEMO: 'true' }).testClock).toBe(true);
  });

  it('refuses values it does not understand', () => {
    expect(() => loadConfig({ TANSIQ_TEST_CLOCK: 'yes' })).toThrow();
    expect(() => loadConfig({ NODE_COUNTRY: 'Libya' })).toThrow();
  });
});

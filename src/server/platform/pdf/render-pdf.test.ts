import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createPdfRenderer } from './render-pdf.js';

const CHROMIUM = '/usr/bin/chromium';

// Printing needs Debian's Chromium, which .ci/run installs before the tests run; a bare machine
// without it skips these two tests (the e2e suite needs Chromium anyway).
describe.skipIf(!existsSync(CHROMIUM))('PDF rendering with headless Chromium', () => {
  const render = createPdfRenderer({ executablePath: CHROMIUM });

  it('prints an Arabic right-to-left page to a PDF', async () => {
    const pdf = await render(
      '<!doctype html><html lang="ar" dir="rtl"><body><h1>طلب مساعدة قانونية متبادلة</h1></body></html>',
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('gives the page no network, so record text cannot fetch anything', async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests += 1;
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const pdf = await render(
        `<html><body><img src="http://127.0.0.1:${String(port)}/leak.png">` +
          `<script>fetch('http://127.0.0.1:${String(port)}/script')</script></body></html>`,
      );
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });
});

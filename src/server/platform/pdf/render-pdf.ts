import { chromium } from 'playwright-core';

/** Turns a complete, self-contained HTML page into a PDF. */
export type PdfRenderer = (html: string) => Promise<Buffer>;

const RENDER_TIMEOUT_MS = 30_000;

/**
 * Renders with headless Chromium, the engine that shapes Arabic (joining, bidi) the same way the
 * screens do. One browser per document: documents are rare, and a browser that never outlives
 * its document cannot leak memory or state between requests. The page gets no JavaScript and no
 * network, so text from the record can never run or fetch anything.
 */
export function createPdfRenderer(options: { executablePath: string }): PdfRenderer {
  return async (html) => {
    const browser = await chromium.launch({
      executablePath: options.executablePath,
      headless: true,
      timeout: RENDER_TIMEOUT_MS,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load', timeout: RENDER_TIMEOUT_MS });
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
  };
}

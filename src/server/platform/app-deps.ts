import type { Sealer } from './crypto/sealer.js';
import type { Db } from './db/schema.js';
import type { PdfRenderer } from './pdf/render-pdf.js';

/** What every feature plugin receives: explicit dependencies, no module-level singletons. */
export type AppDeps = {
  db: Db;
  sealer: Sealer;
  /** The clock; tests pass a controllable one. Domain code gets `now` as a parameter. */
  now: () => Date;
  nodeCountry: string;
  session: { maxHours: number; idleMinutes: number; cookieSecure: boolean };
  rateLimits: { publicTipsPerMinute: number; loginPerMinute: number };
  /** Documents (cooperation requests) are printed to PDF by headless Chromium. */
  renderPdf: PdfRenderer;
};

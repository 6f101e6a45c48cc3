import { recordPublicTip } from '#server/features/tips/index.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import type { Db } from '#server/platform/db/schema.js';
import { DEMO_TIPS } from './demo-data.js';

/** A few synthetic public tips so the triage queue is not empty on first start. */
export async function recordDemoTips(db: Db, sealer: Sealer, now: Date): Promise<void> {
  for (const [index, tip] of DEMO_TIPS.entries()) {
    const receivedAt = new Date(now.getTime() - (index + 1) * 3 * 3_600_000);
    await recordPublicTip(
      { db, sealer, now: receivedAt, requestId: 'demo-seed', nodeCountry: 'LBY' },
      { ...tip, reporterContact: null, reporterLanguage: 'ar', attachments: [] },
    );
  }
}

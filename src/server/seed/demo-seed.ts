import {
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  type DemoAgencyKey,
} from '#shared/domain/demo-accounts.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { hashPassword } from '#server/platform/auth/password.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { recordDemoTips } from './demo-tips.js';
import { DEMO_AGENCIES, DEMO_REGIONS } from './demo-data.js';
import { hasAnyAgency, insertSeedRows } from './seed.repo.js';

export const NEIGHBOUR_DEMO_EMAIL = 'tn-coordinator@demo.tansiq.test';

/** Loads the synthetic demo organisation once; returns false when the database already had data. */
export async function seedDemo(db: Db, sealer: Sealer, now: Date): Promise<boolean> {
  if (await hasAnyAgency(db)) return false;
  const agencyIds = Object.fromEntries(
    Object.keys(DEMO_AGENCIES).map((key) => [key, newId()]),
  ) as Record<DemoAgencyKey, string>;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const accounts = [
    ...DEMO_ACCOUNTS,
    {
      email: NEIGHBOUR_DEMO_EMAIL,
      name: 'Demo Neighbour Coordinator',
      role: 'national_coordinator',
      agency: 'neighbour',
    },
  ] as const;
  await inTransaction(db, async (trx) => {
    await insertSeedRows(trx, {
      agencies: Object.entries(DEMO_AGENCIES).map(([key, agency]) => ({
        id: agencyIds[key as DemoAgencyKey],
        country_code: agency.country,
        kind: agency.kind,
        name: agency.name,
        region_code: agency.region ?? null,
      })),
      regions: DEMO_REGIONS.map((region) => ({
        country_code: 'LBY',
        code: region.code,
        label_en: region.en,
        label_fr: region.fr,
        label_ar: region.ar,
      })),
      users: accounts.map((account) => ({
        id: newId(),
        email: account.email,
        display_name: account.name,
        agency_id: agencyIds[account.agency],
        roles: [account.role],
        password_hash: passwordHash,
        totp_secret_sealed: sealer.seal(DEMO_TOTP_SECRET),
        mfa_enrolled_at: now,
        totp_last_step: null,
        locked_until: null,
      })),
      rules: [
        {
          id: newId(),
          country_code: 'LBY',
          region_code: null,
          category: null,
          target_agency_id: agencyIds.hotline,
        },
        {
          id: newId(),
          country_code: 'LBY',
          region_code: null,
          category: 'MigrantSmuggling',
          target_agency_id: agencyIds.cid,
        },
        {
          id: newId(),
          country_code: 'TUN',
          region_code: null,
          category: null,
          target_agency_id: agencyIds.neighbour,
        },
      ],
    });
    await writeAudit(trx, {
      actor: { kind: 'system' },
      action: 'demo.seed',
      details: { agencies: Object.keys(agencyIds).length, users: accounts.length },
      now,
    });
  });
  await recordDemoTips(db, sealer, now);
  return true;
}

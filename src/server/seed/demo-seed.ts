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
import { seedDemoJustice } from './demo-justice.js';
import { recordDemoTips } from './demo-tips.js';
import { DEMO_AGENCIES, DEMO_REGIONS } from './demo-data.js';
import { demoProviders } from './demo-providers.js';
import { hasAnyAgency, insertSeedProviders, insertSeedRows } from './seed.repo.js';

export const NEIGHBOUR_DEMO_EMAIL = 'tn-coordinator@demo.tansiq.test';

type DemoIds = Record<DemoAgencyKey, string>;

const DEMO_USERS = [
  ...DEMO_ACCOUNTS,
  {
    email: NEIGHBOUR_DEMO_EMAIL,
    name: 'Demo Neighbour Coordinator',
    role: 'national_coordinator',
    agency: 'neighbour',
  },
] as const;

function demoUsers(agencyIds: DemoIds, passwordHash: string, sealer: Sealer, now: Date) {
  return DEMO_USERS.map((account) => ({
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
  }));
}

function demoRules(agencyIds: DemoIds) {
  const rule = (country: string, category: string | null, agencyId: string) => ({
    id: newId(),
    country_code: country,
    region_code: null,
    category,
    target_agency_id: agencyId,
  });
  return [
    rule('LBY', null, agencyIds.hotline),
    rule('LBY', 'MigrantSmuggling', agencyIds.cid),
    rule('TUN', null, agencyIds.neighbour),
  ];
}

/** Loads the synthetic demo organisation once; returns false when the database already had data. */
export async function seedDemo(db: Db, sealer: Sealer, now: Date): Promise<boolean> {
  if (await hasAnyAgency(db)) return false;
  const agencyIds = Object.fromEntries(
    Object.keys(DEMO_AGENCIES).map((key) => [key, newId()]),
  ) as DemoIds;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
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
      users: demoUsers(agencyIds, passwordHash, sealer, now),
      rules: demoRules(agencyIds),
    });
    await insertSeedProviders(trx, demoProviders(agencyIds, now));
    await writeAudit(trx, {
      actor: { kind: 'system' },
      action: 'demo.seed',
      details: { agencies: Object.keys(agencyIds).length, users: DEMO_USERS.length },
      now,
    });
  });
  await recordDemoTips(db, sealer, now);
  await seedDemoJustice(db, sealer, now);
  return true;
}

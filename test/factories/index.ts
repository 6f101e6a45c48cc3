import { generate } from 'otplib';
import type { Insertable } from 'kysely';
import type { AgencyKind, Role } from '#shared/domain/roles.js';
import type { PublicTipInput } from '#shared/contracts/tips.js';
import { recordPublicTip } from '#server/features/tips/index.js';
import { hashPassword } from '#server/platform/auth/password.js';
import { hashToken, newSecretToken } from '#server/platform/auth/secrets.js';
import { newTotpSecret } from '#server/platform/auth/totp.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { AppUserTable, Db } from '#server/platform/db/schema.js';
import { CSRF_HEADER, SESSION_COOKIE } from '#server/platform/http/identity-hook.js';

export const SYNTH_PASSWORD = 'Synth-Password-2026!';
let passwordHash: Promise<string> | undefined;
let counter = 0;
const next = () => (counter += 1);

export async function anAgency(
  db: Db,
  overrides: {
    country?: string;
    kind?: AgencyKind;
    name?: string;
    regionCode?: string | null;
  } = {},
) {
  const row = {
    id: newId(),
    country_code: overrides.country ?? 'LBY',
    kind: overrides.kind ?? 'police',
    name: overrides.name ?? `SYNTH Agency ${String(next())}`,
    region_code: overrides.regionCode ?? null,
  };
  await db.insertInto('agency').values(row).execute();
  return { id: row.id, countryCode: row.country_code, name: row.name };
}

export type TestUser = {
  id: string;
  email: string;
  agencyId: string;
  roles: Role[];
  totpSecret: string | null;
};

/** A staff account; by default already enrolled in MFA with a fresh TOTP secret. */
export async function aUser(
  db: Db,
  sealer: Sealer,
  options: { agencyId: string; roles: Role[]; isMfaEnrolled?: boolean; email?: string },
): Promise<TestUser> {
  passwordHash ??= hashPassword(SYNTH_PASSWORD);
  const isEnrolled = options.isMfaEnrolled ?? true;
  const totpSecret = isEnrolled ? newTotpSecret() : null;
  const row: Insertable<AppUserTable> = {
    id: newId(),
    email: options.email ?? `synth.user${String(next())}.${newId().slice(-6)}@example.test`,
    display_name: `SYNTH User ${String(counter)}`,
    agency_id: options.agencyId,
    roles: options.roles,
    password_hash: await passwordHash,
    totp_secret_sealed: totpSecret ? sealer.seal(totpSecret) : null,
    mfa_enrolled_at: isEnrolled ? new Date() : null,
    totp_last_step: null,
    locked_until: null,
  };
  await db.insertInto('app_user').values(row).execute();
  return {
    id: row.id,
    email: row.email,
    agencyId: options.agencyId,
    roles: options.roles,
    totpSecret,
  };
}

export function totpNow(user: TestUser): Promise<string> {
  if (!user.totpSecret) throw new Error('user has no TOTP secret');
  return generate({ secret: user.totpSecret });
}

/** A signed-in browser session (MFA passed) without going through argon2 and TOTP each time. */
export async function sessionFor(db: Db, user: { id: string }, now = new Date()) {
  const token = newSecretToken();
  const csrf = newSecretToken();
  await db
    .insertInto('user_session')
    .values({
      id: newId(),
      token_hash: hashToken(token),
      user_id: user.id,
      csrf_token: csrf,
      is_mfa_passed: true,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + 3_600_000),
    })
    .execute();
  return { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrf };
}

export async function aRoutingRule(
  db: Db,
  rule: {
    country?: string;
    agencyId: string;
    regionCode?: string | null;
    category?: string | null;
  },
) {
  // Replaces the rule with the same key, so each test can route to its own agency.
  await db
    .deleteFrom('tip_routing_rule')
    .where('country_code', '=', rule.country ?? 'LBY')
    .where('region_code', 'is not distinct from', rule.regionCode ?? null)
    .where('category', 'is not distinct from', rule.category ?? null)
    .execute();
  await db
    .insertInto('tip_routing_rule')
    .values({
      id: newId(),
      country_code: rule.country ?? 'LBY',
      region_code: rule.regionCode ?? null,
      category: rule.category ?? null,
      target_agency_id: rule.agencyId,
    })
    .execute();
}

export async function aRegion(db: Db, code = 'TRP', country = 'LBY') {
  await db
    .insertInto('region')
    .values({
      country_code: country,
      code,
      label_en: 'Synth',
      label_fr: 'Synth',
      label_ar: 'تجريبي',
    })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

export const A_TIP: PublicTipInput = {
  regionCode: null,
  locationText: 'SYNTH location near the port',
  whatWasSeen: 'SYNTH: people kept in a locked room and taken to work at night',
  peopleInvolved: 'SYNTH: two men with a van',
  category: null,
  childInvolved: false,
  imminentDanger: false,
  reporterContact: null,
  reporterLanguage: 'en',
  attachments: [],
};

/** A public tip, routed by the rules present in the database. */
export async function aTip(
  db: Db,
  sealer: Sealer,
  now: Date,
  overrides: Partial<PublicTipInput> = {},
) {
  return recordPublicTip(
    { db, sealer, now, requestId: 'factory', nodeCountry: 'LBY' },
    { ...A_TIP, ...overrides },
  );
}

/** A session that passed the password but still waits for its second factor. */
export async function sessionAwaitingMfaFor(db: Db, user: { id: string }, now = new Date()) {
  const token = newSecretToken();
  const csrf = newSecretToken();
  await db
    .insertInto('user_session')
    .values({
      id: newId(),
      token_hash: hashToken(token),
      user_id: user.id,
      csrf_token: csrf,
      is_mfa_passed: false,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + 3_600_000),
    })
    .execute();
  return { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrf };
}

/** An open case owned by `agencyId`, assigned to the given users (need-to-know). */
export async function aCase(
  db: Db,
  options: { agencyId: string; country?: string; assigneeIds?: string[]; now?: Date },
) {
  const now = options.now ?? new Date();
  const id = newId();
  await db
    .insertInto('case_file')
    .values({
      id,
      reference: `SYNTH-CASE-${String(next())}-${id.slice(-8)}`,
      country_code: options.country ?? 'LBY',
      agency_id: options.agencyId,
      kind: 'victim_case',
      title: 'SYNTH case',
      status: 'open',
      source_tip_id: null,
      opened_at: now,
      opened_by_user_id: null,
    })
    .execute();
  for (const userId of options.assigneeIds ?? []) {
    await db
      .insertInto('case_assignment')
      .values({ case_id: id, user_id: userId, assigned_at: now })
      .execute();
  }
  return { id };
}

/** An API token of `user`, stored directly; returns its id and the bearer value. */
export async function anApiToken(db: Db, user: { id: string }, scopes: string[], now = new Date()) {
  const id = newId();
  const secret = newSecretToken();
  await db
    .insertInto('api_token')
    .values({
      id,
      user_id: user.id,
      name: 'SYNTH token',
      token_hash: hashToken(secret),
      scopes,
      created_at: now,
      expires_at: new Date(now.getTime() + 86_400_000),
    })
    .execute();
  return { id, bearer: `tsq_${id}_${secret}` };
}

import { sql } from 'kysely';
import type { Db } from '../db/schema.js';

const ACTOR_COLUMNS = [
  'app_user.id as user_id',
  'app_user.display_name',
  'app_user.email',
  'app_user.roles',
  'app_user.agency_id',
  'app_user.is_active',
  'app_user.mfa_enrolled_at',
  'agency.country_code',
  'agency.name as agency_name',
] as const;

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom('app_user')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select([
      ...ACTOR_COLUMNS,
      'app_user.password_hash',
      'app_user.failed_login_count',
      'app_user.locked_until',
    ])
    .where('app_user.email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function findUserMfa(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['totp_secret_sealed', 'totp_last_step', 'mfa_enrolled_at', 'locked_until', 'email'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

export async function recordLoginFailure(
  db: Db,
  userId: string,
  lockAfter: number,
  lockedUntil: Date,
): Promise<{ isNowLocked: boolean }> {
  const row = await db
    .updateTable('app_user')
    .set({
      failed_login_count: sql`CASE WHEN failed_login_count + 1 >= ${lockAfter} THEN 0 ELSE failed_login_count + 1 END`,
      locked_until: sql`CASE WHEN failed_login_count + 1 >= ${lockAfter} THEN ${lockedUntil}::timestamptz ELSE locked_until END`,
    })
    .where('id', '=', userId)
    .returning(['locked_until'])
    .executeTakeFirstOrThrow();
  return {
    isNowLocked: row.locked_until !== null && row.locked_until.getTime() === lockedUntil.getTime(),
  };
}

export async function clearLoginFailures(db: Db, userId: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ failed_login_count: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}

export async function saveTotpSecret(db: Db, userId: string, sealed: Buffer): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ totp_secret_sealed: sealed, mfa_enrolled_at: null, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
}

export async function markTotpUsed(
  db: Db,
  userId: string,
  step: number,
  enrolledAt: Date | null,
): Promise<void> {
  await db
    .updateTable('app_user')
    .set({
      totp_last_step: step,
      failed_login_count: 0,
      ...(enrolledAt ? { mfa_enrolled_at: enrolledAt } : {}),
    })
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(
  db: Db,
  session: {
    id: string;
    tokenHash: string;
    userId: string;
    csrfToken: string;
    isMfaPassed: boolean;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('user_session')
    .values({
      id: session.id,
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      is_mfa_passed: session.isMfaPassed,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** Loads a live session with what the actor needs; expiry is decided in SQL against `now`. */
export async function findLiveSession(db: Db, tokenHash: string, now: Date, idleSince: Date) {
  return db
    .selectFrom('user_session')
    .innerJoin('app_user', 'app_user.id', 'user_session.user_id')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select([
      ...ACTOR_COLUMNS,
      'user_session.id as session_id',
      'user_session.csrf_token',
      'user_session.is_mfa_passed',
      'user_session.expires_at',
      'user_session.last_seen_at',
    ])
    .where('user_session.token_hash', '=', tokenHash)
    .where('user_session.ended_at', 'is', null)
    .where('user_session.expires_at', '>', now)
    .where('user_session.last_seen_at', '>', idleSince)
    .where('app_user.is_active', '=', true)
    .executeTakeFirst();
}

export async function touchSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ last_seen_at: now })
    .where('id', '=', sessionId)
    .execute();
}

export async function markSessionMfaPassed(db: Db, sessionId: string): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ is_mfa_passed: true })
    .where('id', '=', sessionId)
    .execute();
}

export async function endSession(db: Db, sessionId: string, now: Date): Promise<void> {
  await db.updateTable('user_session').set({ ended_at: now }).where('id', '=', sessionId).execute();
}

export async function endUserSessions(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('user_session')
    .set({ ended_at: now })
    .where('user_id', '=', userId)
    .where('ended_at', 'is', null)
    .execute();
}

export async function findLiveApiToken(db: Db, tokenId: string, tokenHash: string, now: Date) {
  return db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select([...ACTOR_COLUMNS, 'api_token.scopes', 'api_token.id as token_id'])
    .where('api_token.id', '=', tokenId)
    .where('api_token.token_hash', '=', tokenHash)
    .where('api_token.revoked_at', 'is', null)
    .where('api_token.expires_at', '>', now)
    .where('app_user.is_active', '=', true)
    .executeTakeFirst();
}

export async function touchApiToken(db: Db, tokenId: string, now: Date): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', tokenId).execute();
}

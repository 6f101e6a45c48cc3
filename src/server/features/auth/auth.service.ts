import { requiresMfa, type Role } from '#shared/domain/roles.js';
import type { AuditActor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import {
  clearLoginFailures,
  endSession,
  findUserByEmail,
  findUserMfa,
  insertSession,
  markSessionMfaPassed,
  markTotpUsed,
  recordLoginFailure,
  saveTotpSecret,
} from '#server/platform/auth/auth.repo.js';
import { burnPasswordCheck, verifyPassword } from '#server/platform/auth/password.js';
import { hashToken, newSecretToken } from '#server/platform/auth/secrets.js';
import { checkTotp, newTotpSecret, totpEnrolment } from '#server/platform/auth/totp.js';
import type { SessionContext } from '#server/platform/auth/resolve-identity.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { AppError, InvalidTransitionError, UnauthenticatedError } from '#server/platform/errors.js';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type AuthContext = {
  db: Db;
  sealer: Sealer;
  now: Date;
  requestId: string;
  sessionMaxHours: number;
};

class AccountLockedError extends AppError {
  override name = 'AccountLockedError';
  constructor() {
    super('locked', 'auth.locked', 'errors.accountLocked');
  }
}

const invalidCredentials = () =>
  new UnauthenticatedError('auth.invalid_credentials', 'errors.invalidCredentials');

async function registerFailure(ctx: AuthContext, userId: string, agencyId: string, action: string) {
  const lockedUntil = new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000);
  return inTransaction(ctx.db, async (trx) => {
    const { isNowLocked } = await recordLoginFailure(trx, userId, LOCK_AFTER_FAILURES, lockedUntil);
    const actor: AuditActor = { kind: 'anonymous' };
    await writeAudit(trx, {
      actor,
      action,
      subject: ['app_user', userId],
      details: { agencyId, isNowLocked },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return isNowLocked;
  });
}

/** Checks the password and opens a session; the session is full only once MFA is satisfied. */
export async function logIn(
  ctx: AuthContext,
  email: string,
  password: string,
): Promise<{ token: string; sessionId: string }> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user || !user.is_active) {
    await burnPasswordCheck(password);
    throw invalidCredentials();
  }
  if (user.locked_until && user.locked_until > ctx.now) throw new AccountLockedError();
  if (!(await verifyPassword(user.password_hash, password))) {
    const isNowLocked = await registerFailure(
      ctx,
      user.user_id,
      user.agency_id,
      'auth.login_failed',
    );
    throw isNowLocked ? new AccountLockedError() : invalidCredentials();
  }
  const token = newSecretToken();
  const sessionId = newId();
  const isMfaPassed = !requiresMfa(user.roles as Role[]);
  await inTransaction(ctx.db, async (trx) => {
    await clearLoginFailures(trx, user.user_id);
    await insertSession(trx, {
      id: sessionId,
      tokenHash: hashToken(token),
      userId: user.user_id,
      csrfToken: newSecretToken(),
      isMfaPassed,
      now: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + ctx.sessionMaxHours * 3_600_000),
    });
    await writeAudit(trx, {
      actor: { kind: 'anonymous' },
      action: 'auth.login',
      subject: ['app_user', user.user_id],
      details: { agencyId: user.agency_id, sessionId, isMfaPassed },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
  return { token, sessionId };
}

export async function startMfaEnrolment(ctx: AuthContext, session: SessionContext) {
  if (session.mfa !== 'enrolment_required')
    throw new InvalidTransitionError('auth.mfa_already_enrolled');
  const secret = newTotpSecret();
  await inTransaction(ctx.db, async (trx) => {
    await saveTotpSecret(trx, session.user.id, ctx.sealer.seal(secret));
    await writeAudit(trx, {
      actor: { kind: 'anonymous' },
      action: 'auth.mfa_enrolment_started',
      subject: ['app_user', session.user.id],
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
  return totpEnrolment(secret, session.user.email);
}

/** Confirms enrolment or answers the challenge: both need a fresh, valid code. */
export async function passMfa(
  ctx: AuthContext,
  session: SessionContext,
  code: string,
  mode: 'enrol' | 'challenge',
): Promise<void> {
  const expected = mode === 'enrol' ? 'enrolment_required' : 'challenge_required';
  if (session.mfa !== expected) throw new InvalidTransitionError('auth.mfa_wrong_step');
  const mfa = await findUserMfa(ctx.db, session.user.id);
  if (mfa.locked_until && mfa.locked_until > ctx.now) throw new AccountLockedError();
  if (!mfa.totp_secret_sealed) throw new InvalidTransitionError('auth.mfa_not_started');
  const secret = ctx.sealer.openText(mfa.totp_secret_sealed);
  const lastStep = mfa.totp_last_step === null ? null : Number(mfa.totp_last_step);
  const result = await checkTotp(secret, code, lastStep);
  if (!result.ok) {
    const isNowLocked = await registerFailure(
      ctx,
      session.user.id,
      session.user.agencyId,
      'auth.mfa_failed',
    );
    if (isNowLocked) {
      await endSession(ctx.db, session.sessionId, ctx.now);
      throw new AccountLockedError();
    }
    throw new AppError('validation', 'auth.invalid_mfa_code', 'errors.invalidMfaCode');
  }
  await inTransaction(ctx.db, async (trx) => {
    await markTotpUsed(trx, session.user.id, result.step, mode === 'enrol' ? ctx.now : null);
    await markSessionMfaPassed(trx, session.sessionId);
    await writeAudit(trx, {
      actor: { kind: 'anonymous' },
      action: mode === 'enrol' ? 'auth.mfa_enrolled' : 'auth.mfa_passed',
      subject: ['app_user', session.user.id],
      details: { sessionId: session.sessionId },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

export async function logOut(ctx: AuthContext, session: SessionContext): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    await endSession(trx, session.sessionId, ctx.now);
    await writeAudit(trx, {
      actor: { kind: 'anonymous' },
      action: 'auth.logout',
      subject: ['app_user', session.user.id],
      details: { sessionId: session.sessionId },
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

import type { Role } from '#shared/domain/roles.js';
import type { AuditActor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { endUserSessions } from '#server/platform/auth/auth.repo.js';
import { hashPassword } from '#server/platform/auth/password.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { AppError, StaleVersionError } from '#server/platform/errors.js';
import {
  findAgency,
  findUser,
  findUserIdByEmail,
  insertAgency,
  insertUser,
  updateAgency,
  updateUser,
} from './admin.repo.js';

/** The CLI creates the first administrator as the system, hence an audit actor, not a user. */
export type AdminContext = { db: Db; actor: AuditActor; now: Date; requestId: string };

const duplicate = (code: string) => new AppError('conflict', code, 'errors.duplicate');

function audit(
  ctx: AdminContext,
  trx: Db,
  action: string,
  subject: readonly [string, string],
  details = {},
) {
  return writeAudit(trx, {
    actor: ctx.actor,
    action,
    subject,
    details,
    requestId: ctx.requestId,
    now: ctx.now,
  });
}

export async function createAgency(
  ctx: AdminContext,
  input: { countryCode: string; kind: string; name: string; regionCode: string | null },
) {
  return inTransaction(ctx.db, async (trx) => {
    const id = newId();
    const row = await insertAgency(trx, {
      id,
      country_code: input.countryCode,
      kind: input.kind,
      name: input.name,
      region_code: input.regionCode,
    }).catch((error: unknown) => {
      if ((error as { code?: string }).code === '23505') throw duplicate('agency.duplicate_name');
      throw error;
    });
    await audit(ctx, trx, 'agency.create', ['agency', id], { kind: input.kind });
    return row;
  });
}

export async function changeAgency(
  ctx: AdminContext,
  agencyId: string,
  input: {
    name?: string | undefined;
    regionCode?: string | null | undefined;
    isActive?: boolean | undefined;
    version: number;
  },
) {
  return inTransaction(ctx.db, async (trx) => {
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.regionCode !== undefined ? { region_code: input.regionCode } : {}),
      ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
    };
    const row = await updateAgency(trx, agencyId, input.version, changes, ctx.now);
    if (!row) throw new StaleVersionError((await findAgency(trx, agencyId))?.version ?? 0);
    await audit(ctx, trx, 'agency.update', ['agency', agencyId], { fields: Object.keys(changes) });
    return row;
  });
}

export async function createUser(
  ctx: AdminContext,
  input: { email: string; displayName: string; agencyId: string; roles: Role[]; password: string },
) {
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (trx) => {
    if (await findUserIdByEmail(trx, email)) throw duplicate('user.duplicate_email');
    const id = newId();
    await insertUser(trx, {
      id,
      email,
      display_name: input.displayName,
      agency_id: input.agencyId,
      roles: [...new Set(input.roles)],
      password_hash: passwordHash,
      totp_secret_sealed: null,
      mfa_enrolled_at: null,
      totp_last_step: null,
      locked_until: null,
    });
    await audit(ctx, trx, 'user.create', ['app_user', id], {
      agencyId: input.agencyId,
      roles: input.roles,
    });
    const row = await findUser(trx, id);
    if (!row) throw new Error('user vanished inside its own transaction');
    return row;
  });
}

export async function changeUser(
  ctx: AdminContext,
  userId: string,
  input: {
    displayName?: string | undefined;
    roles?: Role[] | undefined;
    isActive?: boolean | undefined;
    version: number;
  },
) {
  return inTransaction(ctx.db, async (trx) => {
    const changes = {
      ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
      ...(input.roles !== undefined ? { roles: [...new Set(input.roles)] } : {}),
      ...(input.isActive !== undefined ? { is_active: input.isActive } : {}),
    };
    const updated = await updateUser(trx, userId, input.version, changes, ctx.now);
    if (!updated) throw new StaleVersionError((await findUser(trx, userId))?.version ?? 0);
    // New rights or a deactivation take effect now, not when old sessions happen to expire.
    if (input.roles !== undefined || input.isActive === false)
      await endUserSessions(trx, userId, ctx.now);
    await audit(ctx, trx, 'user.update', ['app_user', userId], { fields: Object.keys(changes) });
    const row = await findUser(trx, userId);
    if (!row) throw new Error('user vanished inside its own transaction');
    return row;
  });
}

/** Clears the second factor (lost phone): the user enrols again at next sign-in. */
export async function resetUserMfa(ctx: AdminContext, userId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await updateUser(
      trx,
      userId,
      null,
      { totp_secret_sealed: null, mfa_enrolled_at: null, totp_last_step: null },
      ctx.now,
    );
    await endUserSessions(trx, userId, ctx.now);
    await audit(ctx, trx, 'user.reset_mfa', ['app_user', userId]);
    const row = await findUser(trx, userId);
    if (!row) throw new Error('user vanished inside its own transaction');
    return row;
  });
}

export async function unlockUser(ctx: AdminContext, userId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await updateUser(trx, userId, null, { locked_until: null, failed_login_count: 0 }, ctx.now);
    await audit(ctx, trx, 'user.unlock', ['app_user', userId]);
    const row = await findUser(trx, userId);
    if (!row) throw new Error('user vanished inside its own transaction');
    return row;
  });
}

import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { formatApiToken } from '#server/platform/auth/resolve-identity.js';
import { hashToken, newSecretToken } from '#server/platform/auth/secrets.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { insertApiToken, revokeApiToken } from './api-tokens.repo.js';

export async function createApiToken(
  db: Db,
  actor: Actor,
  input: { name: string; scopes: string[]; expiresInDays: number },
  now: Date,
  requestId: string,
) {
  const secret = newSecretToken();
  const id = newId();
  return inTransaction(db, async (trx) => {
    const row = await insertApiToken(trx, {
      id,
      userId: actor.userId,
      name: input.name,
      tokenHash: hashToken(secret),
      scopes: [...new Set(input.scopes)],
      now,
      expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
    });
    await writeAudit(trx, {
      actor,
      action: 'api_token.create',
      subject: ['api_token', id],
      details: { scopes: row.scopes },
      requestId,
      now,
    });
    return { row, token: formatApiToken(id, secret) };
  });
}

export async function revokeToken(
  db: Db,
  actor: Actor,
  tokenId: string,
  now: Date,
  requestId: string,
) {
  return inTransaction(db, async (trx) => {
    const row = await revokeApiToken(trx, tokenId, now);
    await writeAudit(trx, {
      actor,
      action: 'api_token.revoke',
      subject: ['api_token', tokenId],
      requestId,
      now,
    });
    return row;
  });
}

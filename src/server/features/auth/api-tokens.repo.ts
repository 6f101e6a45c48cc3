import type { Db } from '#server/platform/db/schema.js';

export async function insertApiToken(
  db: Db,
  token: {
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    scopes: string[];
    now: Date;
    expiresAt: Date;
  },
) {
  return db
    .insertInto('api_token')
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      scopes: token.scopes,
      created_at: token.now,
      expires_at: token.expiresAt,
    })
    .returning(['id', 'name', 'scopes', 'created_at', 'expires_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
}

export async function listApiTokens(db: Db, userId: string) {
  return db
    .selectFrom('api_token')
    .select(['id', 'name', 'scopes', 'created_at', 'expires_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

export async function findApiTokenScope(db: Db, tokenId: string) {
  return db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .innerJoin('agency', 'agency.id', 'app_user.agency_id')
    .select([
      'api_token.id',
      'api_token.user_id',
      'api_token.revoked_at',
      'app_user.agency_id',
      'agency.country_code',
    ])
    .where('api_token.id', '=', tokenId)
    .executeTakeFirst();
}

export async function revokeApiToken(db: Db, tokenId: string, now: Date) {
  return db
    .updateTable('api_token')
    .set({ revoked_at: now })
    .where('id', '=', tokenId)
    .returning(['id', 'name', 'scopes', 'created_at', 'expires_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
}

import { requiresMfa, type Role } from '#shared/domain/roles.js';
import type { Actor } from '../authz/actor.js';
import type { Db } from '../db/schema.js';
import { findLiveApiToken, findLiveSession, touchApiToken, touchSession } from './auth.repo.js';
import { hashToken } from './secrets.js';

export type MfaState = 'satisfied' | 'challenge_required' | 'enrolment_required';

export type SessionContext = {
  sessionId: string;
  csrfToken: string;
  mfa: MfaState;
  expiresAt: Date;
  user: {
    id: string;
    email: string;
    displayName: string;
    roles: Role[];
    agencyId: string;
    agencyName: string;
    countryCode: string;
  };
};

export type Identity = { actor: Actor | null; session: SessionContext | null };
export type SessionTimeouts = { idleMinutes: number };

const TOUCH_AFTER_MS = 60_000;
const API_TOKEN_PATTERN = /^tsq_([0-9a-f-]{36})_([A-Za-z0-9_-]{20,100})$/;

export function mfaStateOf(
  isMfaPassed: boolean,
  roles: readonly Role[],
  enrolledAt: Date | null,
): MfaState {
  if (isMfaPassed || !requiresMfa(roles)) return 'satisfied';
  return enrolledAt ? 'challenge_required' : 'enrolment_required';
}

export function formatApiToken(tokenId: string, secret: string): string {
  return `tsq_${tokenId}_${secret}`;
}

async function identityFromSession(
  db: Db,
  cookieToken: string,
  now: Date,
  timeouts: SessionTimeouts,
): Promise<Identity> {
  const idleSince = new Date(now.getTime() - timeouts.idleMinutes * 60_000);
  const row = await findLiveSession(db, hashToken(cookieToken), now, idleSince);
  if (!row) return { actor: null, session: null };
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await touchSession(db, row.session_id, now);
  }
  const roles = row.roles as Role[];
  const mfa = mfaStateOf(row.is_mfa_passed, roles, row.mfa_enrolled_at);
  const session: SessionContext = {
    sessionId: row.session_id,
    csrfToken: row.csrf_token,
    mfa,
    expiresAt: row.expires_at,
    user: {
      id: row.user_id,
      email: row.email,
      displayName: row.display_name,
      roles,
      agencyId: row.agency_id,
      agencyName: row.agency_name,
      countryCode: row.country_code,
    },
  };
  const actor: Actor | null =
    mfa === 'satisfied'
      ? {
          kind: 'user',
          userId: row.user_id,
          displayName: row.display_name,
          agencyId: row.agency_id,
          countryCode: row.country_code,
          roles,
          tokenScopes: null,
        }
      : null;
  return { actor, session };
}

async function identityFromApiToken(db: Db, bearer: string, now: Date): Promise<Identity> {
  const match = API_TOKEN_PATTERN.exec(bearer);
  if (!match?.[1] || !match[2]) return { actor: null, session: null };
  const row = await findLiveApiToken(db, match[1], hashToken(match[2]), now);
  if (!row) return { actor: null, session: null };
  await touchApiToken(db, row.token_id, now);
  return {
    actor: {
      kind: 'token',
      userId: row.user_id,
      displayName: row.display_name,
      agencyId: row.agency_id,
      countryCode: row.country_code,
      roles: row.roles as Role[],
      tokenScopes: row.scopes,
    },
    session: null,
  };
}

/** Resolves who is calling: an API token wins over a cookie; neither means anonymous. */
export async function resolveIdentity(
  db: Db,
  credentials: { cookieToken: string | undefined; bearer: string | undefined },
  now: Date,
  timeouts: SessionTimeouts,
): Promise<Identity> {
  if (credentials.bearer) return identityFromApiToken(db, credentials.bearer, now);
  if (credentials.cookieToken)
    return identityFromSession(db, credentials.cookieToken, now, timeouts);
  return { actor: null, session: null };
}

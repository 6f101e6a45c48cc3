import type { SessionContext } from '#server/platform/auth/resolve-identity.js';

export function toSessionInfo(session: SessionContext) {
  return {
    user: {
      id: session.user.id,
      email: session.user.email,
      displayName: session.user.displayName,
      roles: session.user.roles,
      agencyId: session.user.agencyId,
      agencyName: session.user.agencyName,
      countryCode: session.user.countryCode,
    },
    mfa: session.mfa,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
  };
}

export function toApiTokenSummary(row: {
  id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
}) {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

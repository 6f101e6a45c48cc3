import type { Agency, UserSummary } from '#shared/contracts/admin.js';
import type { Role } from '#shared/domain/roles.js';

export function toAgency(row: {
  id: string;
  country_code: string;
  kind: string;
  name: string;
  region_code: string | null;
  is_active: boolean;
  version: number;
}): Agency {
  return {
    id: row.id,
    countryCode: row.country_code,
    kind: row.kind as Agency['kind'],
    name: row.name,
    regionCode: row.region_code,
    isActive: row.is_active,
    version: row.version,
  };
}

export function toUserSummary(row: {
  id: string;
  email: string;
  display_name: string;
  agency_id: string;
  roles: string[];
  is_active: boolean;
  mfa_enrolled_at: Date | null;
  locked_until: Date | null;
  version: number;
}): UserSummary {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    agencyId: row.agency_id,
    roles: row.roles as Role[],
    isActive: row.is_active,
    mfaEnrolled: row.mfa_enrolled_at !== null,
    lockedUntil: row.locked_until?.toISOString() ?? null,
    version: row.version,
  };
}

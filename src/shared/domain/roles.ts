/** Roles a user can hold. Codes are stable: they are stored and exchanged, never translated. */
export const ROLES = [
  'system_admin',
  'national_coordinator',
  'hotline_operator',
  'case_worker',
  'investigator',
  'prosecutor',
  'central_authority_officer',
  'notices_officer',
  'analyst',
  'partner',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles that can see victim or investigation data must pass MFA.
 * Only the restricted partner role (aggregate, non-personal views) is exempt.
 */
export const ROLES_REQUIRING_MFA: readonly Role[] = ROLES.filter((role) => role !== 'partner');

export function requiresMfa(roles: readonly Role[]): boolean {
  return roles.some((role) => ROLES_REQUIRING_MFA.includes(role));
}

export const AGENCY_KINDS = [
  'ministry',
  'police',
  'prosecution',
  'central_authority',
  'labour_inspectorate',
  'victim_services',
  'shelter_ngo',
  'international_organisation',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

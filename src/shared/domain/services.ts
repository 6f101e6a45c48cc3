/**
 * Services a provider of the national referral mechanism can offer. Codes are stable: they are
 * stored, filtered on and exchanged, never translated (labels live in the catalogues).
 */
export const SERVICE_CODES = [
  'shelter',
  'medical',
  'psychosocial',
  'legal_aid',
  'interpretation',
  'documents',
  'assisted_voluntary_return',
  'reintegration',
] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];

/** Kinds of agency that can run a service provider (the agency itself or one of its services). */
export const PROVIDER_AGENCY_KINDS = [
  'shelter_ngo',
  'victim_services',
  'international_organisation',
  'ministry',
] as const;

export function isProviderAgencyKind(kind: string): boolean {
  return (PROVIDER_AGENCY_KINDS as readonly string[]).includes(kind);
}

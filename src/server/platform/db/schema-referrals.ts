import type { ColumnType, Generated } from 'kysely';

/** Row types of the referral mechanism (db/migrations/20261123170100_create_providers_and_referrals.sql). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface ServiceProviderTable {
  id: string;
  country_code: string;
  agency_id: string;
  name: string;
  services: string[];
  languages: string[];
  region_codes: string[];
  capacity: number;
  available_places: number;
  is_active: Generated<boolean>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReferralTable {
  id: string;
  country_code: string;
  case_id: string;
  referring_agency_id: string;
  provider_id: string;
  receiving_agency_id: string;
  services: string[];
  urgency: string;
  reason_sealed: Buffer;
  status: string;
  decline_reason: string | null;
  sent_at: Timestamp;
  sent_by_user_id: string;
  acceptance_due_at: Timestamp;
  answered_at: Timestamp | null;
  closed_at: Timestamp | null;
  version: Generated<number>;
  updated_at: Timestamp;
  reminded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  escalated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface ReferralEventTable {
  id: string;
  referral_id: string;
  occurred_at: Timestamp;
  type: string;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  data: Json;
  note_sealed: Buffer | null;
}

import { z } from 'zod';
import {
  REFERRAL_DECLINE_REASONS,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
} from '../domain/referral-lifecycle.js';
import { SERVICE_CODES } from '../domain/services.js';
import { CountryCode, Id, Instant, Version } from './common.js';

export const ServiceCode = z.enum(SERVICE_CODES);
/** ISO 639-1: two lower-case letters. */
export const LanguageCode = z.string().regex(/^[a-z]{2}$/, 'ISO 639-1 code');
const RegionCode = z.string().trim().min(1).max(20);
const ProviderName = z.string().trim().min(2).max(200);
const Places = z.number().int().min(0).max(100_000);
/** Free-text notes may name people: they are stored sealed and kept short. */
const Note = z.string().trim().max(1000);

export const Provider = z.object({
  id: Id,
  countryCode: CountryCode,
  agencyId: Id,
  agencyName: z.string(),
  name: z.string(),
  services: z.array(ServiceCode),
  languages: z.array(z.string()),
  regionCodes: z.array(z.string()),
  capacity: z.number().int(),
  availablePlaces: z.number().int(),
  isActive: z.boolean(),
  version: z.number().int(),
  updatedAt: Instant,
});
export type Provider = z.infer<typeof Provider>;

export const ProviderList = z.object({ items: z.array(Provider), total: z.number().int() });
export type ProviderList = z.infer<typeof ProviderList>;

export const ProviderListQuery = z.strictObject({
  service: ServiceCode.optional(),
  region: RegionCode.optional(),
  language: LanguageCode.optional(),
  /** 'true': only providers with at least one free place right now. */
  hasFreePlaces: z.enum(['true', 'false']).optional(),
  /** 'true': also list deactivated providers (directory managers reactivating one). */
  includeInactive: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ProviderListQuery = z.infer<typeof ProviderListQuery>;

export const ProviderCreateInput = z
  .strictObject({
    agencyId: Id,
    name: ProviderName,
    services: z.array(ServiceCode).min(1).max(SERVICE_CODES.length),
    languages: z.array(LanguageCode).max(20).default([]),
    regionCodes: z.array(RegionCode).max(50).default([]),
    capacity: Places,
    availablePlaces: Places,
  })
  .refine((input) => input.availablePlaces <= input.capacity, {
    path: ['availablePlaces'],
    message: 'more available places than capacity',
  });
export type ProviderCreateInput = z.infer<typeof ProviderCreateInput>;

export const ProviderUpdateInput = z.strictObject({
  name: ProviderName.optional(),
  services: z.array(ServiceCode).min(1).max(SERVICE_CODES.length).optional(),
  languages: z.array(LanguageCode).max(20).optional(),
  regionCodes: z.array(RegionCode).max(50).optional(),
  capacity: Places.optional(),
  availablePlaces: Places.optional(),
  isActive: z.boolean().optional(),
  version: Version,
});
export type ProviderUpdateInput = z.infer<typeof ProviderUpdateInput>;

export const ReferralStatus = z.enum(REFERRAL_STATUSES);
export const ReferralUrgency = z.enum(REFERRAL_URGENCIES);
export const ReferralDeclineReason = z.enum(REFERRAL_DECLINE_REASONS);

export const ReferralCreateInput = z.strictObject({
  providerId: Id,
  services: z.array(ServiceCode).min(1).max(SERVICE_CODES.length),
  urgency: ReferralUrgency,
  /** Why the victim is referred: a short note, sealed at rest, shown to the receiving side. */
  reason: Note.min(3),
});
export type ReferralCreateInput = z.infer<typeof ReferralCreateInput>;

export const ReferralActionInput = z.strictObject({ version: Version, note: Note.optional() });
export type ReferralActionInput = z.infer<typeof ReferralActionInput>;

export const ReferralDeclineInput = z.strictObject({
  version: Version,
  reason: ReferralDeclineReason,
  note: Note.optional(),
});
export type ReferralDeclineInput = z.infer<typeof ReferralDeclineInput>;

export const ReferralListQuery = z.strictObject({
  status: ReferralStatus.optional(),
  /** sent: referred by my agency; received: addressed to a provider of my agency. */
  direction: z.enum(['sent', 'received']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ReferralListQuery = z.infer<typeof ReferralListQuery>;

/**
 * A row of the referral board. Both sides see the same minimal summary of the victim's needs;
 * the receiving side never gets case content, only the case reference.
 */
export const ReferralSummary = z.object({
  id: Id,
  caseId: Id,
  caseReference: z.string(),
  providerId: Id,
  providerName: z.string(),
  referringAgencyId: Id,
  referringAgencyName: z.string(),
  receivingAgencyId: Id,
  receivingAgencyName: z.string(),
  services: z.array(ServiceCode),
  urgency: ReferralUrgency,
  status: ReferralStatus,
  declineReason: ReferralDeclineReason.nullable(),
  sentAt: Instant,
  acceptanceDueAt: Instant,
  isOverdue: z.boolean(),
  isSentByMyAgency: z.boolean(),
  isReceivedByMyAgency: z.boolean(),
  version: z.number().int(),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

export const ReferralEvent = z.object({
  at: Instant,
  type: z.string(),
  actorName: z.string().nullable(),
  actorAgencyName: z.string().nullable(),
  note: z.string().nullable(),
});

export const ReferralDetail = ReferralSummary.extend({
  reason: z.string(),
  events: z.array(ReferralEvent),
});
export type ReferralDetail = z.infer<typeof ReferralDetail>;

export const ReferralList = z.object({ items: z.array(ReferralSummary), total: z.number().int() });
export type ReferralList = z.infer<typeof ReferralList>;

import { z } from 'zod';
import { Id, Instant, Version } from './common.js';

export const TRANSFER_REASONS = [
  'competence',
  'location',
  'specialised_services',
  'capacity',
  'other',
] as const;
export const TRANSFER_DECLINE_REASONS = [
  'not_competent',
  'no_capacity',
  'insufficient_information',
  'other',
] as const;
export const TRANSFER_STATUSES = ['requested', 'accepted', 'declined', 'cancelled'] as const;

export const TransferRequestInput = z.strictObject({
  toAgencyId: Id,
  reason: z.enum(TRANSFER_REASONS),
  note: z.string().trim().max(2000).default(''),
});

export const TransferAnswerInput = z.strictObject({ version: Version });
export const TransferDeclineInput = z.strictObject({
  version: Version,
  reason: z.enum(TRANSFER_DECLINE_REASONS),
});

/** What either side sees of a transfer: no case content, only the handshake itself. */
export const Transfer = z.object({
  id: Id,
  caseId: Id,
  caseReference: z.string(),
  caseKind: z.string(),
  fromAgencyId: Id,
  fromAgencyName: z.string(),
  toAgencyId: Id,
  toAgencyName: z.string(),
  reason: z.enum(TRANSFER_REASONS),
  /** The sender's note; shown to the receiver because the sender chose to write it for them. */
  note: z.string(),
  status: z.enum(TRANSFER_STATUSES),
  declineReason: z.enum(TRANSFER_DECLINE_REASONS).nullable(),
  requestedAt: Instant,
  answeredAt: Instant.nullable(),
  isIncoming: z.boolean(),
  version: z.number().int(),
});
export type Transfer = z.infer<typeof Transfer>;

export const TransferList = z.object({ items: z.array(Transfer) });
export const TransferListQuery = z.strictObject({
  status: z.enum(TRANSFER_STATUSES).optional(),
  direction: z.enum(['incoming', 'outgoing']).optional(),
});

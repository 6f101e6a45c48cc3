import { z } from 'zod';
import { LOCALE_CODES } from '../i18n/locales.js';
import { isTipCategory } from '../reference/code-lists.js';
import { CountryCode, Id, Instant, Version } from './common.js';

export const TIP_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export const TIP_STATUSES = ['new', 'triaged', 'converted', 'closed'] as const;
export const TIP_CHANNELS = ['web_form', 'hotline_phone', 'walk_in', 'email', 'other'] as const;
export const TIP_CLOSE_REASONS = [
  'duplicate',
  'insufficient_information',
  'not_tip_or_som',
  'referred_elsewhere',
  'other',
] as const;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** 2 MiB decoded per file, at most 3 files: a tip is a lead, not an evidence upload. */
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;
export const MAX_ATTACHMENTS = 3;

export const TipPriority = z.enum(TIP_PRIORITIES);
export const TipStatus = z.enum(TIP_STATUSES);
export const TipChannel = z.enum(TIP_CHANNELS);
export const TipCategory = z.string().refine(isTipCategory, { message: 'unknown category' });

export const TipAttachmentInput = z.strictObject({
  filename: z.string().trim().min(1).max(200),
  contentType: z.enum(ATTACHMENT_TYPES),
  // base64 grows 4/3; the decoded size and the magic bytes are checked on the server.
  dataBase64: z
    .string()
    .max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

export const ReporterContact = z.strictObject({
  name: z.string().trim().max(120).optional(),
  phone: z.string().trim().max(40).optional(),
  email: z.email().max(254).optional(),
});

const tipFields = {
  regionCode: z.string().trim().min(1).max(20).nullable().default(null),
  locationText: z.string().trim().max(500).default(''),
  whatWasSeen: z.string().trim().min(10).max(5000),
  peopleInvolved: z.string().trim().max(2000).default(''),
  category: TipCategory.nullable().default(null),
  childInvolved: z.boolean().default(false),
  imminentDanger: z.boolean().default(false),
  reporterContact: ReporterContact.nullable().default(null),
  reporterLanguage: z.enum(LOCALE_CODES as ['ar', 'fr', 'en']).default('ar'),
  attachments: z.array(TipAttachmentInput).max(MAX_ATTACHMENTS).default([]),
};

export const PublicTipInput = z.strictObject(tipFields);
export type PublicTipInput = z.infer<typeof PublicTipInput>;

export const HotlineTipInput = z.strictObject({
  ...tipFields,
  channel: TipChannel.exclude(['web_form']),
});
export type HotlineTipInput = z.infer<typeof HotlineTipInput>;

export const TipReceipt = z.object({ reference: z.string(), receivedAt: Instant });

export const PublicConfig = z.object({
  countryCode: CountryCode,
  regions: z.array(
    z.object({
      code: z.string(),
      label: z.object({ ar: z.string(), fr: z.string(), en: z.string() }),
    }),
  ),
  categories: z.array(
    z.object({
      code: z.string(),
      label: z.object({ ar: z.string(), fr: z.string(), en: z.string() }),
    }),
  ),
});

export const TipSummary = z.object({
  id: Id,
  reference: z.string(),
  receivedAt: Instant,
  channel: TipChannel,
  category: z.string().nullable(),
  priority: TipPriority,
  status: TipStatus,
  regionCode: z.string().nullable(),
  assignedAgencyId: Id,
  assignedAgencyName: z.string(),
  dueAt: Instant,
  firstActionAt: Instant.nullable(),
  isOverdue: z.boolean(),
  version: z.number().int(),
});
export type TipSummary = z.infer<typeof TipSummary>;

export const TipEvent = z.object({
  at: Instant,
  type: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
});

export const TipDetail = TipSummary.extend({
  locationText: z.string(),
  whatWasSeen: z.string(),
  peopleInvolved: z.string(),
  childInvolved: z.boolean(),
  imminentDanger: z.boolean(),
  isAnonymous: z.boolean(),
  reporterContact: z
    .object({
      name: z.string().optional(),
      phone: z.string().optional(),
      email: z.string().optional(),
    })
    .nullable(),
  reporterLanguage: z.string(),
  closeReason: z.string().nullable(),
  caseId: Id.nullable(),
  attachments: z.array(
    z.object({ id: Id, filename: z.string(), contentType: z.string(), sizeBytes: z.number() }),
  ),
  events: z.array(TipEvent),
});
export type TipDetail = z.infer<typeof TipDetail>;

export const TipListQuery = z.strictObject({
  status: TipStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const TipList = z.object({ items: z.array(TipSummary), total: z.number().int() });

export const TriageInput = z.strictObject({
  category: TipCategory,
  priority: TipPriority,
  assignedAgencyId: Id,
  note: z.string().trim().max(2000).default(''),
  version: Version,
});

export const ConvertTipInput = z.strictObject({
  kind: z.enum(['victim_case', 'lead']),
  title: z.string().trim().min(3).max(200),
  version: Version,
});

export const CloseTipInput = z.strictObject({
  reason: z.enum(TIP_CLOSE_REASONS),
  note: z.string().trim().max(2000).default(''),
  version: Version,
});

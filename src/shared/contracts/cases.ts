import { z } from 'zod';
import { Id, Instant } from './common.js';

export const CASE_KINDS = ['victim_case', 'lead'] as const;
export const CASE_STATUSES = ['open', 'closed'] as const;

export const CaseSummary = z.object({
  id: Id,
  reference: z.string(),
  kind: z.enum(CASE_KINDS),
  title: z.string(),
  status: z.enum(CASE_STATUSES),
  agencyId: Id,
  openedAt: Instant,
  sourceTipId: Id.nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseDetail = CaseSummary.extend({
  sourceTipReference: z.string().nullable(),
  assignees: z.array(z.object({ userId: Id, displayName: z.string() })),
  events: z.array(
    z.object({
      at: Instant,
      type: z.string(),
      actorName: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseList = z.object({ items: z.array(CaseSummary), total: z.number().int() });

/** Case list filters; a saved view stores exactly these. */
export const CaseFilters = z.strictObject({
  status: z.enum(CASE_STATUSES).optional(),
  kind: z.enum(CASE_KINDS).optional(),
  /** Only cases the caller is assigned to (useful for the coordinator, who sees all). */
  mine: z.enum(['true', 'false']).optional(),
  /** Start of the case reference, e.g. CASE-LBY-2026. */
  reference: z
    .string()
    .trim()
    .max(40)
    .regex(/^[A-Z0-9-]*$/)
    .optional(),
});
export type CaseFilters = z.infer<typeof CaseFilters>;

export const CaseListQuery = CaseFilters.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const SavedViewInput = z.strictObject({
  name: z.string().trim().min(1).max(80),
  filters: CaseFilters,
});

export const SavedView = z.object({
  id: Id,
  name: z.string(),
  filters: CaseFilters,
  createdAt: Instant,
});
export const SavedViewList = z.object({ items: z.array(SavedView) });

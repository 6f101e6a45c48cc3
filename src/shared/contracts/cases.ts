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

import { z } from 'zod';
import { Id, Instant } from './common.js';

export const NOTIFICATION_KINDS = [
  'referral_reminder',
  'referral_escalated',
  'reflection_ending',
  'follow_up_due',
  'cooperation_reminder',
  'cooperation_escalated',
  'cooperation_diplomatic',
] as const;

export const NotificationListQuery = z.strictObject({
  unread: z.enum(['true', 'false']).optional(),
});

export const NotificationList = z.object({
  items: z.array(
    z.object({
      id: Id,
      kind: z.enum(NOTIFICATION_KINDS),
      subjectType: z.string(),
      subjectId: Id,
      /** Codes and dates only (e.g. acceptanceDueAt, caseId): the UI builds the sentence. */
      data: z.record(z.string(), z.union([z.string(), z.number()])),
      createdAt: Instant,
      readAt: Instant.nullable(),
    }),
  ),
});

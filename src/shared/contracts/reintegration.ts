import { z } from 'zod';
import {
  CLOSED_STATUSES,
  CLOSURE_REASONS,
  DEFAULT_FOLLOW_UP_MONTHS,
  FOLLOW_UP_OUTCOMES,
  MAX_FOLLOW_UP_MONTHS,
  REINTEGRATION_GOAL_CODES,
  REINTEGRATION_STATUSES,
} from '../domain/reintegration.js';
import { Id, Instant, Version } from './common.js';

export const ReintegrationGoal = z.strictObject({
  code: z.enum(REINTEGRATION_GOAL_CODES),
  /** Free text about the person's situation: sealed at rest. */
  description: z.string().trim().max(2000).default(''),
});

const Goals = z.array(ReintegrationGoal).min(1).max(20);
const Schedule = z
  .array(z.number().int().min(1).max(MAX_FOLLOW_UP_MONTHS))
  .min(1)
  .max(12)
  .refine((months) => new Set(months).size === months.length, 'months must be distinct');

export const ReintegrationPlanCreateInput = z.strictObject({
  startDate: z.iso.date(),
  goals: Goals,
  followUpMonths: Schedule.default([...DEFAULT_FOLLOW_UP_MONTHS]),
});

export const ReintegrationPlanUpdateInput = z.strictObject({
  goals: Goals.optional(),
  followUpMonths: Schedule.optional(),
  version: Version,
});

export const FollowUpRecordInput = z.strictObject({
  heldOn: z.iso.date(),
  outcome: z.enum(FOLLOW_UP_OUTCOMES),
  notes: z.string().trim().max(5000).default(''),
});

export const ReintegrationCloseInput = z.strictObject({
  status: z.enum(CLOSED_STATUSES),
  reason: z.enum(CLOSURE_REASONS),
  version: Version,
});

export const FollowUpIdParams = z.strictObject({ id: Id, followUpId: Id });

export const ReintegrationFollowUp = z.object({
  id: Id,
  monthsAfterStart: z.number().int(),
  dueOn: z.iso.date(),
  heldOn: z.iso.date().nullable(),
  outcome: z.enum(FOLLOW_UP_OUTCOMES).nullable(),
  notes: z.string(),
  recordedAt: Instant.nullable(),
  /** Due date passed and not held: computed at read time. */
  isOverdue: z.boolean(),
});

export const ReintegrationPlan = z.object({
  id: Id,
  caseStatus: z.enum(REINTEGRATION_STATUSES),
  startDate: z.iso.date(),
  followUpMonths: z.array(z.number().int()),
  goals: z.array(z.object({ code: z.enum(REINTEGRATION_GOAL_CODES), description: z.string() })),
  followUps: z.array(ReintegrationFollowUp),
  closureReason: z.enum(CLOSURE_REASONS).nullable(),
  closedAt: Instant.nullable(),
  version: z.number().int(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type ReintegrationPlan = z.infer<typeof ReintegrationPlan>;

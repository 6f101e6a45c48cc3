import { z } from 'zod';
import { AGENCY_KINDS } from '../domain/roles.js';
import { Role } from './auth.js';
import { CountryCode, Id, Instant, Version } from './common.js';
import { TipCategory } from './tips.js';

export const AgencyKind = z.enum(AGENCY_KINDS);

export const Agency = z.object({
  id: Id,
  countryCode: CountryCode,
  kind: AgencyKind,
  name: z.string(),
  regionCode: z.string().nullable(),
  isActive: z.boolean(),
  version: z.number().int(),
});
export type Agency = z.infer<typeof Agency>;

export const AgencyCreateInput = z.strictObject({
  countryCode: CountryCode,
  kind: AgencyKind,
  name: z.string().trim().min(2).max(200),
  regionCode: z.string().trim().min(1).max(20).nullable().default(null),
});

export const AgencyUpdateInput = z.strictObject({
  name: z.string().trim().min(2).max(200).optional(),
  regionCode: z.string().trim().min(1).max(20).nullable().optional(),
  isActive: z.boolean().optional(),
  version: Version,
});

export const UserSummary = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  agencyId: Id,
  roles: z.array(Role),
  isActive: z.boolean(),
  mfaEnrolled: z.boolean(),
  lockedUntil: Instant.nullable(),
  version: z.number().int(),
});
export type UserSummary = z.infer<typeof UserSummary>;

export const UserCreateInput = z.strictObject({
  email: z.email().max(254),
  displayName: z.string().trim().min(2).max(120),
  agencyId: Id,
  roles: z.array(Role).min(1).max(5),
  password: z.string().min(12).max(200),
});

export const UserUpdateInput = z.strictObject({
  displayName: z.string().trim().min(2).max(120).optional(),
  roles: z.array(Role).min(1).max(5).optional(),
  isActive: z.boolean().optional(),
  version: Version,
});

export const RoutingRule = z.object({
  id: Id,
  countryCode: CountryCode,
  regionCode: z.string().nullable(),
  category: z.string().nullable(),
  targetAgencyId: Id,
  targetAgencyName: z.string(),
});
export type RoutingRule = z.infer<typeof RoutingRule>;

export const RoutingRuleCreateInput = z.strictObject({
  regionCode: z.string().trim().min(1).max(20).nullable().default(null),
  category: TipCategory.nullable().default(null),
  targetAgencyId: Id,
});

export const RoutingRuleUpdateInput = z.strictObject({ targetAgencyId: Id });

export const CountrySettings = z.object({
  countryCode: CountryCode,
  /** Legal length of the reflection and recovery period; null when the law sets none. */
  reflectionDays: z.number().int().nullable(),
  /** Days after sending a cooperation request until the drafter is reminded; absent: 30. */
  coopReminderDays: z.number().int().optional(),
  /** Days until escalation to the central authority; absent: 60. */
  coopEscalationDays: z.number().int().optional(),
  /** Days until diplomatic follow-up; absent: 90. */
  coopDiplomaticDays: z.number().int().optional(),
  version: z.number().int(),
});

/** A day count of the cooperation escalation ladder: null resets the default, absent keeps it. */
const LadderDays = z.number().int().min(1).max(730).nullable().optional();

export const CountrySettingsUpdateInput = z.strictObject({
  reflectionDays: z.number().int().min(0).max(365).nullable(),
  coopReminderDays: LadderDays,
  coopEscalationDays: LadderDays,
  coopDiplomaticDays: LadderDays,
  /** 0 when the country has no settings yet. */
  version: z.number().int().min(0),
});
export type CountrySettingsUpdateInput = z.infer<typeof CountrySettingsUpdateInput>;

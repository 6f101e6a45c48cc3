import { z } from 'zod';
import { ROLES } from '../domain/roles.js';
import { CountryCode, Id, Instant } from './common.js';

export const Role = z.enum(ROLES);

export const LoginInput = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

export const MfaState = z.enum(['satisfied', 'challenge_required', 'enrolment_required']);

export const SessionUser = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  roles: z.array(Role),
  agencyId: Id,
  agencyName: z.string(),
  countryCode: CountryCode,
});

export const SessionInfo = z.object({
  user: SessionUser,
  mfa: MfaState,
  csrfToken: z.string(),
  expiresAt: Instant,
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const MfaEnrolment = z.object({
  otpauthUrl: z.string(),
  qrDataUrl: z.string(),
  secret: z.string(),
});

export const MfaCodeInput = z.strictObject({ code: z.string().regex(/^\d{6}$/) });

export const ApiTokenCreateInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z
    .array(
      z
        .string()
        .regex(/^[a-z_]+\.[a-z_.]+$/)
        .max(80),
    )
    .min(1)
    .max(50),
  expiresInDays: z.number().int().min(1).max(365).default(90),
});

export const ApiTokenSummary = z.object({
  id: Id,
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: Instant,
  expiresAt: Instant,
  revokedAt: Instant.nullable(),
});

export const ApiTokenCreated = ApiTokenSummary.extend({ token: z.string() });

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ReintegrationPlan } from '#shared/contracts/reintegration.js';
import type {
  CLOSED_STATUSES,
  CLOSURE_REASONS,
  FOLLOW_UP_OUTCOMES,
  REINTEGRATION_GOAL_CODES,
  REINTEGRATION_STATUSES,
} from '#shared/domain/reintegration.js';
import { ApiError, isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';

const planKey = (caseId: string) => ['reintegration', caseId] as const;
export const planPath = (caseId: string) =>
  `/api/cases/${encodeURIComponent(caseId)}/victim/reintegration`;

/** The plan of a case, or null while none has been made (404). */
export function usePlan(caseId: string) {
  const api = useApi();
  return useQuery({
    queryKey: planKey(caseId),
    queryFn: async () => {
      try {
        return await api.get(planPath(caseId), ReintegrationPlan);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** A write on the plan; the answer is the fresh plan, a 409 reloads it. */
export function usePlanWrite(caseId: string, method: 'POST' | 'PATCH', suffix = '') {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object) =>
      api.send(method, `${planPath(caseId)}${suffix}`, body, ReintegrationPlan),
    onSuccess: async (plan) => {
      queryClient.setQueryData(planKey(caseId), plan);
      await queryClient.invalidateQueries({ queryKey: ['case', caseId] });
    },
    onError: async (error) => {
      if (isConflict(error)) await queryClient.invalidateQueries({ queryKey: planKey(caseId) });
    },
  });
}

export const GOAL_KEYS = {
  housing: 'reintegration.goals.housing',
  income: 'reintegration.goals.income',
  education: 'reintegration.goals.education',
  health: 'reintegration.goals.health',
  family: 'reintegration.goals.family',
  legal_status: 'reintegration.goals.legal_status',
  safety: 'reintegration.goals.safety',
  other: 'reintegration.goals.other',
} as const satisfies Record<(typeof REINTEGRATION_GOAL_CODES)[number], string>;

export const OUTCOME_KEYS = {
  on_track: 'reintegration.outcomes.on_track',
  needs_support: 'reintegration.outcomes.needs_support',
  lost_contact: 'reintegration.outcomes.lost_contact',
  re_trafficked_risk: 'reintegration.outcomes.re_trafficked_risk',
  completed: 'reintegration.outcomes.completed',
} as const satisfies Record<(typeof FOLLOW_UP_OUTCOMES)[number], string>;

export const CLOSURE_KEYS = {
  goals_met: 'reintegration.closure.goals_met',
  moved_abroad: 'reintegration.closure.moved_abroad',
  declined_further_support: 'reintegration.closure.declined_further_support',
  referred_elsewhere: 'reintegration.closure.referred_elsewhere',
  deceased: 'reintegration.closure.deceased',
  other: 'reintegration.closure.other',
} as const satisfies Record<(typeof CLOSURE_REASONS)[number], string>;

export const PLAN_STATUS_KEYS = {
  Active: 'reintegration.status.Active',
  FollowUp: 'reintegration.status.FollowUp',
  Closed: 'reintegration.status.Closed',
  ClosedReferred: 'reintegration.status.ClosedReferred',
} as const satisfies Record<(typeof REINTEGRATION_STATUSES)[number], string>;

export type ClosedStatus = (typeof CLOSED_STATUSES)[number];

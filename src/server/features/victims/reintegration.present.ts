import type { ReintegrationPlan } from '#shared/contracts/reintegration.js';
import { isFollowUpOverdue } from '#shared/domain/reintegration.js';
import type { ReintegrationView } from './reintegration.service.js';

type Plan = ReintegrationPlan;

/** Maps the plan field by field; sealed text is opened here and nowhere else. */
export function toReintegrationPlan(
  view: ReintegrationView,
  openText: (sealed: Buffer) => string,
  today: string,
): Plan {
  const { plan, followUps } = view;
  const descriptions = JSON.parse(openText(plan.goal_descriptions_sealed)) as unknown;
  const descriptionAt = (index: number) =>
    Array.isArray(descriptions) ? String(descriptions[index] ?? '') : '';
  return {
    id: plan.id,
    caseStatus: plan.case_status as Plan['caseStatus'],
    startDate: plan.start_date,
    followUpMonths: plan.follow_up_months.map(Number),
    goals: plan.goal_codes.map((code, index) => ({
      code: code as Plan['goals'][number]['code'],
      description: descriptionAt(index),
    })),
    followUps: followUps.map((row) => ({
      id: row.id,
      monthsAfterStart: row.months_after_start,
      dueOn: row.due_on,
      heldOn: row.held_on,
      outcome: row.outcome as Plan['followUps'][number]['outcome'],
      notes: row.notes_sealed ? openText(row.notes_sealed) : '',
      recordedAt: row.recorded_at?.toISOString() ?? null,
      isOverdue: isFollowUpOverdue({ dueOn: row.due_on, heldOn: row.held_on }, today),
    })),
    closureReason: plan.closure_reason as Plan['closureReason'],
    closedAt: plan.closed_at?.toISOString() ?? null,
    version: plan.version,
    createdAt: plan.created_at.toISOString(),
    updatedAt: plan.updated_at.toISOString(),
  };
}

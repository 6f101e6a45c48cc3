import { describe, expect, it } from 'vitest';
import {
  addMonths,
  isFollowUpOverdue,
  nextReintegrationStatus,
  REINTEGRATION_STATUSES,
  type ReintegrationEvent,
} from './reintegration.js';

describe('reintegration rules', () => {
  it('allows exactly Active → FollowUp → Closed | ClosedReferred', () => {
    const events: ReintegrationEvent[] = [
      { type: 'follow_up_recorded' },
      { type: 'plan_changed' },
      { type: 'closed', status: 'Closed' },
      { type: 'closed', status: 'ClosedReferred' },
    ];
    const allowed = REINTEGRATION_STATUSES.flatMap((status) =>
      events
        .map((event) => [status, event.type, nextReintegrationStatus(status, event)] as const)
        .filter(([, , next]) => next !== null),
    );
    expect(allowed).toEqual([
      ['Active', 'follow_up_recorded', 'FollowUp'],
      ['Active', 'plan_changed', 'Active'],
      ['FollowUp', 'follow_up_recorded', 'FollowUp'],
      ['FollowUp', 'plan_changed', 'FollowUp'],
      ['FollowUp', 'closed', 'Closed'],
      ['FollowUp', 'closed', 'ClosedReferred'],
    ]);
  });

  it('adds whole months, clamping the day to the end of a shorter month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-10-01', 12)).toBe('2027-10-01');
  });

  it('calls a follow-up overdue only after its due date and while not held', () => {
    expect(isFollowUpOverdue({ dueOn: '2026-04-15', heldOn: null }, '2026-04-15')).toBe(false);
    expect(isFollowUpOverdue({ dueOn: '2026-04-15', heldOn: null }, '2026-04-16')).toBe(true);
    expect(isFollowUpOverdue({ dueOn: '2026-04-15', heldOn: '2026-04-20' }, '2026-05-01')).toBe(
      false,
    );
  });
});

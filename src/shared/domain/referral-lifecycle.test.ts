import { describe, expect, it } from 'vitest';
import {
  acceptanceDueAt,
  isReferralOverdue,
  nextReferralStatus,
  REFERRAL_STATUSES,
  type ReferralCommand,
} from './referral-lifecycle.js';

describe('referral lifecycle rules', () => {
  it('allows exactly the documented transitions', () => {
    const commands: ReferralCommand[] = ['accept', 'decline', 'start', 'complete', 'cancel'];
    const allowed = REFERRAL_STATUSES.flatMap((status) =>
      commands
        .map((command) => [status, command, nextReferralStatus(status, command)] as const)
        .filter(([, , next]) => next !== null),
    );
    expect(allowed).toEqual([
      ['sent', 'accept', 'accepted'],
      ['sent', 'decline', 'declined'],
      ['sent', 'cancel', 'cancelled'],
      ['accepted', 'start', 'in_progress'],
      ['accepted', 'cancel', 'cancelled'],
      ['in_progress', 'complete', 'completed'],
      ['in_progress', 'cancel', 'cancelled'],
    ]);
  });

  it('gives 24 hours to accept an urgent referral and 72 hours a normal one', () => {
    const sentAt = new Date('2026-01-01T10:00:00Z');
    expect(acceptanceDueAt(sentAt, 'urgent').toISOString()).toBe('2026-01-02T10:00:00.000Z');
    expect(acceptanceDueAt(sentAt, 'normal').toISOString()).toBe('2026-01-04T10:00:00.000Z');
  });

  it('flags only an unanswered referral past its deadline as overdue', () => {
    const due = new Date('2026-01-02T10:00:00Z');
    const later = new Date('2026-01-02T10:00:01Z');
    expect(isReferralOverdue({ status: 'sent', acceptanceDueAt: due }, later)).toBe(true);
    expect(isReferralOverdue({ status: 'sent', acceptanceDueAt: due }, due)).toBe(false);
    expect(isReferralOverdue({ status: 'accepted', acceptanceDueAt: due }, later)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  referencePrefixOf,
  COOPERATION_COMMANDS,
  COOPERATION_STATUSES,
  daysOverdue,
  dueOnAtSend,
  escalationLevelDue,
  isCooperationClosed,
  isCooperationOverdue,
  ladderDays,
  nextCooperationStatus,
  REFUSAL_GROUNDS,
  statusAfterEdit,
  type CooperationCommand,
  type CooperationStatus,
} from './cooperation.js';

const DAY = 86_400_000;

/** The whole table of allowed moves for outgoing requests; every other pair is refused. */
const OUTGOING: Partial<Record<CooperationCommand, Partial<Record<CooperationStatus, string>>>> = {
  check: { draft: 'checked' },
  return: { checked: 'draft' },
  send: { checked: 'sent' },
  acknowledge: { sent: 'acknowledged' },
  start_execution: { sent: 'in_execution', acknowledged: 'in_execution' },
  partially_execute: { in_execution: 'partially_executed' },
  execute: { in_execution: 'executed', partially_executed: 'executed' },
  refuse: { sent: 'refused', acknowledged: 'refused', in_execution: 'refused' },
  withdraw: {
    draft: 'withdrawn',
    checked: 'withdrawn',
    sent: 'withdrawn',
    acknowledged: 'withdrawn',
    in_execution: 'withdrawn',
  },
};

describe('the cooperation request lifecycle', () => {
  for (const command of COOPERATION_COMMANDS) {
    for (const status of COOPERATION_STATUSES) {
      const expected = OUTGOING[command]?.[status] ?? null;
      it(`${command} from ${status} (outgoing) gives ${String(expected)}`, () => {
        expect(nextCooperationStatus(status, command, 'outgoing')).toBe(expected);
      });
    }
  }

  it('never checks, returns or sends an incoming request (it arrives as sent)', () => {
    for (const command of ['check', 'return', 'send'] as const) {
      for (const status of COOPERATION_STATUSES) {
        expect(nextCooperationStatus(status, command, 'incoming')).toBeNull();
      }
    }
  });

  it('lets an incoming request follow acknowledge, execution and refusal', () => {
    expect(nextCooperationStatus('sent', 'acknowledge', 'incoming')).toBe('acknowledged');
    expect(nextCooperationStatus('acknowledged', 'start_execution', 'incoming')).toBe(
      'in_execution',
    );
    expect(nextCooperationStatus('in_execution', 'execute', 'incoming')).toBe('executed');
    expect(nextCooperationStatus('sent', 'refuse', 'incoming')).toBe('refused');
  });

  it('offers no refusal on fiscal grounds (UNTOC art. 18(22))', () => {
    expect(REFUSAL_GROUNDS.some((ground) => ground.includes('fiscal'))).toBe(false);
  });

  it('returns an edited checked request to draft and refuses edits once sent', () => {
    expect(statusAfterEdit('draft', 'outgoing')).toBe('draft');
    expect(statusAfterEdit('checked', 'outgoing')).toBe('draft');
    for (const status of COOPERATION_STATUSES.filter((s) => s !== 'draft' && s !== 'checked')) {
      expect(statusAfterEdit(status, 'outgoing')).toBeNull();
    }
    expect(statusAfterEdit('sent', 'incoming')).toBeNull();
  });

  it('closes on executed, refused and withdrawn only', () => {
    expect(COOPERATION_STATUSES.filter(isCooperationClosed)).toEqual([
      'executed',
      'refused',
      'withdrawn',
    ]);
  });
});

describe('the escalation ladder', () => {
  const sentAt = new Date('2026-01-01T08:00:00Z');
  const after = (days: number) => new Date(sentAt.getTime() + days * DAY);

  it('uses 30/60/90 days by default and climbs one rung at each', () => {
    const days = ladderDays({}, 'normal');
    expect(days).toEqual({ reminderDays: 30, escalationDays: 60, diplomaticDays: 90 });
    expect(escalationLevelDue(sentAt, after(29), days)).toBe(0);
    expect(escalationLevelDue(sentAt, after(30), days)).toBe(1);
    expect(escalationLevelDue(sentAt, after(59), days)).toBe(1);
    expect(escalationLevelDue(sentAt, after(60), days)).toBe(2);
    expect(escalationLevelDue(sentAt, after(90), days)).toBe(3);
    expect(escalationLevelDue(sentAt, after(400), days)).toBe(3);
  });

  it('halves every rung for urgent requests and honours the country settings', () => {
    expect(ladderDays({}, 'urgent')).toEqual({
      reminderDays: 15,
      escalationDays: 30,
      diplomaticDays: 45,
    });
    expect(
      ladderDays({ reminderDays: 10, escalationDays: null, diplomaticDays: 21 }, 'urgent'),
    ).toEqual({ reminderDays: 5, escalationDays: 30, diplomaticDays: 11 });
  });

  it('sets the due date at sending: reminder day if urgent, escalation day otherwise', () => {
    const days = ladderDays({}, 'normal');
    expect(dueOnAtSend(sentAt, 'normal', days, null)).toBe('2026-03-02');
    expect(dueOnAtSend(sentAt, 'urgent', days, null)).toBe('2026-01-31');
    expect(dueOnAtSend(sentAt, 'normal', days, '2026-01-20')).toBe('2026-01-20');
    expect(dueOnAtSend(sentAt, 'normal', days, '2026-06-01')).toBe('2026-03-02');
  });

  it('is overdue the day after the due date while not closed', () => {
    const request = { status: 'sent' as const, dueOn: '2026-03-02' };
    expect(isCooperationOverdue(request, new Date('2026-03-02T23:00:00Z'))).toBe(false);
    expect(daysOverdue(request, new Date('2026-03-03T01:00:00Z'))).toBe(1);
    expect(daysOverdue(request, new Date('2026-03-12T01:00:00Z'))).toBe(10);
    expect(isCooperationOverdue({ status: 'executed', dueOn: '2026-03-02' }, after(400))).toBe(
      false,
    );
    expect(isCooperationOverdue({ status: 'draft', dueOn: null }, after(400))).toBe(false);
  });
});

describe('reference prefixes', () => {
  it('names the kind of request, and falls back for a type it does not know', () => {
    expect(referencePrefixOf('MLA')).toBe('MLA');
    expect(referencePrefixOf('EXTRADITION')).toBe('EXT');
    expect(referencePrefixOf('SOMETHING_NEW')).toBe('REQ');
  });
});

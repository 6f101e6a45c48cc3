import { describe, expect, it } from 'vitest';
import {
  firstActionDueAt,
  initialPriority,
  isOverdue,
  nextTipStatus,
  pickRoutingRule,
} from './tip-triage.js';

describe('tip triage rules', () => {
  it('makes a tip urgent when a child is involved or someone is in immediate danger', () => {
    expect(initialPriority({ childInvolved: true, imminentDanger: false })).toBe('urgent');
    expect(initialPriority({ childInvolved: false, imminentDanger: true })).toBe('urgent');
    expect(initialPriority({ childInvolved: false, imminentDanger: false })).toBe('normal');
  });

  it('sets the first-action deadline to 2 hours for urgent and 48 hours for normal tips', () => {
    const receivedAt = new Date('2026-01-01T10:00:00Z');
    expect(firstActionDueAt(receivedAt, 'urgent').toISOString()).toBe('2026-01-01T12:00:00.000Z');
    expect(firstActionDueAt(receivedAt, 'normal').toISOString()).toBe('2026-01-03T10:00:00.000Z');
  });

  it('flags a new tip past its deadline as overdue, but not once someone acted', () => {
    const dueAt = new Date('2026-01-01T12:00:00Z');
    const later = new Date('2026-01-01T12:00:01Z');
    expect(isOverdue({ dueAt, firstActionAt: null, status: 'new' }, later)).toBe(true);
    expect(isOverdue({ dueAt, firstActionAt: dueAt, status: 'triaged' }, later)).toBe(false);
    expect(isOverdue({ dueAt, firstActionAt: null, status: 'new' }, dueAt)).toBe(false);
  });

  it('allows new → triaged → converted | closed and nothing else', () => {
    expect(nextTipStatus('new', 'triage')).toBe('triaged');
    expect(nextTipStatus('new', 'convert')).toBeNull();
    expect(nextTipStatus('triaged', 'convert')).toBe('converted');
    expect(nextTipStatus('new', 'close')).toBe('closed');
    expect(nextTipStatus('closed', 'triage')).toBeNull();
    expect(nextTipStatus('converted', 'close')).toBeNull();
  });

  it('routes by the most specific matching rule', () => {
    const rules = [
      { regionCode: null, category: null, targetAgencyId: 'default' },
      { regionCode: 'TRP', category: null, targetAgencyId: 'region' },
      { regionCode: null, category: 'MigrantSmuggling', targetAgencyId: 'category' },
      { regionCode: 'TRP', category: 'MigrantSmuggling', targetAgencyId: 'both' },
    ];
    const pick = (regionCode: string | null, category: string | null) =>
      pickRoutingRule(rules, { regionCode, category })?.targetAgencyId;
    expect(pick('TRP', 'MigrantSmuggling')).toBe('both');
    expect(pick('BEN', 'MigrantSmuggling')).toBe('category');
    expect(pick('TRP', 'ForcedLabour')).toBe('region');
    expect(pick(null, null)).toBe('default');
    expect(pickRoutingRule([], { regionCode: null, category: null })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkActivation,
  checkExtension,
  checkInForce,
  checkJitDuration,
  checkJitParties,
  effectiveJitStatus,
  isWorkspaceOpen,
  JIT_STATUSES,
  todayOf,
} from './jit.js';

const DURATION = { startsOn: '2026-01-01', endsOn: '2026-06-30' };

describe('joint investigation team agreements', () => {
  it('takes the calendar date of the UTC instant as today', () => {
    expect(todayOf(new Date('2026-03-01T23:59:59Z'))).toBe('2026-03-01');
  });

  it('needs at least two countries, one of them the node', () => {
    const lby = { countryCode: 'LBY' };
    const tun = { countryCode: 'TUN' };
    const ner = { countryCode: 'NER' };
    expect(checkJitParties([lby, tun], 'LBY')).toEqual({ ok: true });
    expect(checkJitParties([lby, lby], 'LBY')).toEqual({
      ok: false,
      code: 'jit.parties_need_two_countries',
    });
    expect(checkJitParties([tun, ner], 'LBY')).toEqual({
      ok: false,
      code: 'jit.parties_must_include_node',
    });
  });

  it('refuses an end date before the start', () => {
    expect(checkJitDuration('2026-01-01', '2026-01-01')).toEqual({ ok: true });
    expect(checkJitDuration('2026-01-02', '2026-01-01')).toEqual({
      ok: false,
      code: 'jit.ends_before_start',
    });
  });

  it('activates a signed draft within its duration only', () => {
    const draft = { status: 'draft' as const, ...DURATION };
    expect(checkActivation(draft, '2026-01-10', '2026-01-10')).toEqual({ ok: true });
    expect(checkActivation(draft, '2026-01-11', '2026-01-10')).toEqual({
      ok: false,
      code: 'jit.signed_in_future',
    });
    expect(checkActivation(draft, '2025-12-01', '2025-12-31')).toEqual({
      ok: false,
      code: 'jit.outside_duration',
    });
    expect(checkActivation(draft, '2026-01-01', '2026-07-01')).toEqual({
      ok: false,
      code: 'jit.outside_duration',
    });
    for (const status of JIT_STATUSES.filter((candidate) => candidate !== 'draft')) {
      expect(checkActivation({ status, ...DURATION }, '2026-01-10', '2026-01-10')).toEqual({
        ok: false,
        code: 'jit.cannot_activate',
      });
    }
  });

  it('reads an active agreement past its end date as expired', () => {
    const active = { status: 'active' as const, endsOn: DURATION.endsOn };
    expect(effectiveJitStatus(active, '2026-06-30')).toBe('active');
    expect(effectiveJitStatus(active, '2026-07-01')).toBe('expired');
    expect(effectiveJitStatus({ status: 'draft', endsOn: '2026-06-30' }, '2027-01-01')).toBe(
      'draft',
    );
  });

  it('opens the workspace only while the agreement is in force', () => {
    const active = { status: 'active' as const, ...DURATION };
    expect(isWorkspaceOpen(active, '2026-01-01')).toBe(true);
    expect(isWorkspaceOpen(active, '2026-06-30')).toBe(true);
    expect(isWorkspaceOpen(active, '2026-07-01')).toBe(false);
    expect(isWorkspaceOpen(active, '2025-12-31')).toBe(false);
    for (const status of ['draft', 'expired', 'terminated'] as const) {
      expect(isWorkspaceOpen({ ...active, status }, '2026-03-01')).toBe(false);
    }
  });

  it('terminates and extends an agreement in force only', () => {
    const active = { status: 'active' as const, endsOn: '2026-06-30' };
    expect(checkInForce(active, '2026-03-01')).toEqual({ ok: true });
    expect(checkInForce(active, '2026-07-01')).toEqual({
      ok: false,
      code: 'jit.agreement_not_active',
    });
    for (const status of ['draft', 'expired', 'terminated'] as const) {
      expect(checkInForce({ ...active, status }, '2026-03-01').ok).toBe(false);
      expect(checkExtension({ ...active, status }, '2026-12-31', '2026-03-01')).toEqual({
        ok: false,
        code: 'jit.agreement_not_active',
      });
    }
  });

  it('extends only to a later end date', () => {
    const active = { status: 'active' as const, endsOn: '2026-06-30' };
    expect(checkExtension(active, '2026-07-01', '2026-03-01')).toEqual({ ok: true });
    expect(checkExtension(active, '2026-06-30', '2026-03-01')).toEqual({
      ok: false,
      code: 'jit.extension_not_later',
    });
    expect(checkExtension(active, '2027-01-01', '2026-07-01')).toEqual({
      ok: false,
      code: 'jit.agreement_not_active',
    });
  });
});

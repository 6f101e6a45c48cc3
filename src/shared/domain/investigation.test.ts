import { describe, expect, it } from 'vitest';
import {
  acceptsNewContent,
  canDecideNonPunishment,
  INVESTIGATION_COMMANDS,
  INVESTIGATION_STATUSES,
  nextInvestigationStatus,
  nonPunishmentReviewAfter,
  type VictimSignals,
} from './investigation.js';

const NO_SIGNAL: VictimSignals = {
  matchesRecordedVictim: false,
  isMarkedPossibleVictim: false,
  isLinkedToVictimCase: false,
};

describe('investigation status lifecycle', () => {
  it('allows exactly open ⇄ suspended → closed', () => {
    const allowed = INVESTIGATION_STATUSES.flatMap((status) =>
      INVESTIGATION_COMMANDS.map(
        (command) => [status, command, nextInvestigationStatus(status, command)] as const,
      ).filter(([, , next]) => next !== null),
    );
    expect(allowed).toEqual([
      ['open', 'suspend', 'suspended'],
      ['open', 'close', 'closed'],
      ['suspended', 'resume', 'open'],
      ['suspended', 'close', 'closed'],
    ]);
  });

  it('takes new content while open or suspended, never once closed', () => {
    expect(INVESTIGATION_STATUSES.map(acceptsNewContent)).toEqual([true, true, false]);
  });
});

describe('the non-punishment review', () => {
  const suspect = (signals: Partial<VictimSignals>, changed = true) => ({
    role: 'suspect' as const,
    signals: { ...NO_SIGNAL, ...signals },
    hasIdentityOrRoleChanged: changed,
  });

  it('opens a review for a suspect with any victim signal', () => {
    expect(nonPunishmentReviewAfter('none', suspect({ matchesRecordedVictim: true }))).toBe(
      'pending',
    );
    expect(nonPunishmentReviewAfter('none', suspect({ isMarkedPossibleVictim: true }))).toBe(
      'pending',
    );
    expect(nonPunishmentReviewAfter('none', suspect({ isLinkedToVictimCase: true }))).toBe(
      'pending',
    );
  });

  it('needs no review for a suspect without signal, or for a witness with one', () => {
    expect(nonPunishmentReviewAfter('none', suspect({}))).toBe('none');
    expect(
      nonPunishmentReviewAfter('none', {
        ...suspect({ matchesRecordedVictim: true }),
        role: 'witness',
      }),
    ).toBe('none');
  });

  it('reopens a "not applicable" decision only when the identity or role changed', () => {
    const signal = { matchesRecordedVictim: true };
    expect(nonPunishmentReviewAfter('not_applicable', suspect(signal, true))).toBe('pending');
    expect(nonPunishmentReviewAfter('not_applicable', suspect(signal, false))).toBe(
      'not_applicable',
    );
  });

  it('never lowers a decision that the principle applies', () => {
    expect(nonPunishmentReviewAfter('applies', suspect({ matchesRecordedVictim: true }))).toBe(
      'applies',
    );
    expect(nonPunishmentReviewAfter('applies', suspect({}))).toBe('applies');
  });

  it('lets a prosecutor decide only a person who has a review', () => {
    expect(canDecideNonPunishment('none')).toBe(false);
    expect(canDecideNonPunishment('pending')).toBe(true);
    expect(canDecideNonPunishment('not_applicable')).toBe(true);
  });
});

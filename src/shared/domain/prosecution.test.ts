import { describe, expect, it } from 'vitest';
import {
  acceptsNewCharges,
  allowsSentence,
  canDecideCharge,
  canMoveConfiscation,
  canMoveProtection,
  canRecordReview,
  canRecordVerdict,
  canUpdateCharge,
  chargeBarOf,
  CHARGE_STATUSES,
  CHARGE_UPDATE_STATUSES,
  CONFISCATION_STATUSES,
  DEFENDANT_REVIEW_OUTCOMES,
  initialReview,
  isVerdictConsistent,
  moveProsecutionStage,
  NON_PUNISHMENT_REVIEWS,
  PROSECUTION_STAGES,
  PROTECTION_STATUSES,
  recordHearingOutcome,
} from './prosecution.js';

describe('the prosecution stage machine', () => {
  const withVerdict = { verdictCount: 1, closingReason: null };

  it('allows exactly the forward steps and closing from every open stage', () => {
    const allowed = PROSECUTION_STAGES.flatMap((from) =>
      PROSECUTION_STAGES.filter(
        (to) => moveProsecutionStage(from, to, { verdictCount: 1, closingReason: 'other' }).ok,
      ).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'investigation→indictment',
      'investigation→closed',
      'indictment→trial',
      'indictment→closed',
      'trial→appeal',
      'trial→closed',
      'appeal→closed',
    ]);
  });

  it('refuses an appeal before any verdict exists', () => {
    expect(
      moveProsecutionStage('trial', 'appeal', { verdictCount: 0, closingReason: null }),
    ).toEqual({ ok: false, code: 'prosecution.appeal_requires_verdict' });
    expect(moveProsecutionStage('trial', 'appeal', withVerdict)).toEqual({
      ok: true,
      to: 'appeal',
    });
  });

  it('requires a reason code to close', () => {
    expect(moveProsecutionStage('trial', 'closed', withVerdict)).toEqual({
      ok: false,
      code: 'prosecution.closing_reason_required',
    });
  });

  it('refuses skipping, going back, staying and leaving a closed case', () => {
    for (const [from, to] of [
      ['investigation', 'trial'],
      ['trial', 'indictment'],
      ['indictment', 'indictment'],
      ['closed', 'investigation'],
      ['closed', 'closed'],
    ] as const) {
      expect(moveProsecutionStage(from, to, { verdictCount: 1, closingReason: 'other' })).toEqual({
        ok: false,
        code: 'prosecution.invalid_stage_transition',
      });
    }
  });

  it('accepts new charges up to the trial only', () => {
    expect(PROSECUTION_STAGES.filter(acceptsNewCharges)).toEqual([
      'investigation',
      'indictment',
      'trial',
    ]);
  });
});

describe('the non-punishment review', () => {
  it('starts pending when the linked investigation person is flagged', () => {
    for (const linked of ['pending', 'applies'] as const) {
      expect(initialReview({ linkedPersonReview: linked, matchesVictim: false })).toEqual({
        review: 'pending',
        trigger: 'investigation_flag',
      });
    }
  });

  it('starts pending when the identity matches a registered victim', () => {
    expect(initialReview({ linkedPersonReview: 'none', matchesVictim: true })).toEqual({
      review: 'pending',
      trigger: 'victim_match',
    });
    expect(initialReview({ linkedPersonReview: null, matchesVictim: true }).review).toBe('pending');
  });

  it('starts with no review otherwise', () => {
    for (const linked of [null, 'none', 'not_applicable'] as const) {
      expect(initialReview({ linkedPersonReview: linked, matchesVictim: false })).toEqual({
        review: 'none',
        trigger: null,
      });
    }
  });

  it('bars charges while pending and when the principle applies', () => {
    expect(NON_PUNISHMENT_REVIEWS.map(chargeBarOf)).toEqual([
      null,
      'prosecution.non_punishment_review_pending',
      null,
      'prosecution.non_punishment_applies',
    ]);
  });

  it('allows exactly the documented review decisions', () => {
    const allowed = NON_PUNISHMENT_REVIEWS.flatMap((from) =>
      DEFENDANT_REVIEW_OUTCOMES.filter((to) => canRecordReview(from, to)).map(
        (to) => `${from}→${to}`,
      ),
    );
    expect(allowed).toEqual([
      'none→pending',
      'pending→not_applicable',
      'pending→applies',
      'not_applicable→pending',
    ]);
  });
});

describe('charges and verdicts', () => {
  it('lets a prosecutor amend, withdraw or dismiss open charges only', () => {
    const allowed = CHARGE_STATUSES.flatMap((from) =>
      CHARGE_UPDATE_STATUSES.filter((to) => canUpdateCharge(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'filed→amended',
      'filed→withdrawn',
      'filed→dismissed',
      'amended→amended',
      'amended→withdrawn',
      'amended→dismissed',
    ]);
  });

  it('gives first-instance judgments at trial and appeal judgments on appeal', () => {
    expect(PROSECUTION_STAGES.filter((stage) => canRecordVerdict(stage, 'first_instance'))).toEqual(
      ['trial'],
    );
    expect(PROSECUTION_STAGES.filter((stage) => canRecordVerdict(stage, 'appeal'))).toEqual([
      'appeal',
    ]);
  });

  it('lets an appeal court reverse decided charges but never revive a withdrawn one', () => {
    expect(CHARGE_STATUSES.filter((status) => canDecideCharge(status, 'first_instance'))).toEqual([
      'filed',
      'amended',
    ]);
    expect(CHARGE_STATUSES.filter((status) => canDecideCharge(status, 'appeal'))).toEqual([
      'filed',
      'amended',
      'convicted',
      'acquitted',
      'dismissed',
    ]);
  });

  it('checks that the overall outcome agrees with the charges', () => {
    expect(isVerdictConsistent('convicted', ['convicted', 'convicted'])).toBe(true);
    expect(isVerdictConsistent('convicted', ['convicted', 'acquitted'])).toBe(false);
    expect(isVerdictConsistent('partially_convicted', ['convicted', 'acquitted'])).toBe(true);
    expect(isVerdictConsistent('partially_convicted', ['convicted'])).toBe(false);
    expect(isVerdictConsistent('acquitted', ['acquitted', 'dismissed'])).toBe(true);
    expect(isVerdictConsistent('acquitted', ['dismissed'])).toBe(false);
    expect(isVerdictConsistent('dismissed', ['dismissed'])).toBe(true);
    expect(isVerdictConsistent('dismissed', [])).toBe(false);
  });

  it('allows a sentence only with a conviction', () => {
    expect(allowsSentence('convicted')).toBe(true);
    expect(allowsSentence('partially_convicted')).toBe(true);
    expect(allowsSentence('acquitted')).toBe(false);
    expect(allowsSentence('dismissed')).toBe(false);
  });
});

describe('hearings, confiscations and protection measures', () => {
  const scheduledAt = new Date('2026-03-01T09:00:00Z');

  it('gives a hearing one outcome; an adjournment needs a later next date', () => {
    const next = new Date('2026-04-01T09:00:00Z');
    expect(recordHearingOutcome(null, 'held', { scheduledAt, nextScheduledAt: null })).toEqual({
      ok: true,
    });
    expect(recordHearingOutcome(null, 'adjourned', { scheduledAt, nextScheduledAt: next })).toEqual(
      { ok: true },
    );
    expect(
      recordHearingOutcome(null, 'adjourned', { scheduledAt, nextScheduledAt: scheduledAt }),
    ).toEqual({ ok: false, code: 'prosecution.hearing_next_date_required' });
    expect(recordHearingOutcome(null, 'adjourned', { scheduledAt, nextScheduledAt: null })).toEqual(
      { ok: false, code: 'prosecution.hearing_next_date_required' },
    );
    expect(
      recordHearingOutcome('held', 'cancelled', { scheduledAt, nextScheduledAt: null }),
    ).toEqual({ ok: false, code: 'prosecution.hearing_already_decided' });
  });

  it('allows exactly the documented confiscation moves', () => {
    const allowed = CONFISCATION_STATUSES.flatMap((from) =>
      CONFISCATION_STATUSES.filter((to) => canMoveConfiscation(from, to)).map(
        (to) => `${from}→${to}`,
      ),
    );
    expect(allowed).toEqual([
      'ordered→executed',
      'ordered→annulled',
      'executed→returned_to_victims',
      'executed→annulled',
    ]);
  });

  it('allows exactly the documented protection measure moves', () => {
    const allowed = PROTECTION_STATUSES.flatMap((from) =>
      PROTECTION_STATUSES.filter((to) => canMoveProtection(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['requested→granted', 'requested→refused', 'granted→ended']);
  });
});

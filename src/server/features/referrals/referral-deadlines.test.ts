import { describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser } from '#test/factories/index.js';
import { aProvider, aReferral } from '#test/factories/referrals.js';
import { useTestApp } from '#test/helpers/test-app.js';
import { sweepReferralDeadlines } from './referral-deadlines.service.js';

const HOUR = 3_600_000;

describe('referral acceptance deadlines', () => {
  const t = useTestApp();

  async function sentReferral(urgency: 'urgent' | 'normal', status: 'sent' | 'accepted' = 'sent') {
    const care = await anAgency(t.db, { kind: 'victim_services' });
    const shelter = await anAgency(t.db, { kind: 'shelter_ngo' });
    const secretariat = await anAgency(t.db, { kind: 'ministry' });
    const sender = await aUser(t.db, t.sealer, { agencyId: care.id, roles: ['case_worker'] });
    const receiver = await aUser(t.db, t.sealer, { agencyId: shelter.id, roles: ['case_worker'] });
    const coordinator = await aUser(t.db, t.sealer, {
      agencyId: secretariat.id,
      roles: ['national_coordinator'],
    });
    const kase = await aCase(t.db, { agencyId: care.id, assigneeIds: [sender.id] });
    const provider = await aProvider(t.db, { agencyId: shelter.id });
    const sentAt = t.clock.now();
    const referral = await aReferral(t.db, t.sealer, {
      caseId: kase.id,
      referringAgencyId: care.id,
      providerId: provider.id,
      receivingAgencyId: shelter.id,
      sentByUserId: sender.id,
      urgency,
      status,
      now: sentAt,
    });
    return { referral, receiver, coordinator, sentAt };
  }

  const notificationsOf = (userId: string) =>
    t.db
      .selectFrom('notification')
      .select(['kind', 'subject_id'])
      .where('user_id', '=', userId)
      .execute();

  it('reminds the receiving agency at 75 % of the window, then escalates once overdue, each once', async () => {
    const { referral, receiver, coordinator, sentAt } = await sentReferral('urgent');
    const at = (hours: number) => new Date(sentAt.getTime() + hours * HOUR);

    expect(await sweepReferralDeadlines(t.db, at(17))).toMatchObject({ reminded: 0, escalated: 0 });
    expect(await sweepReferralDeadlines(t.db, at(19))).toMatchObject({ reminded: 1, escalated: 0 });
    expect(await notificationsOf(receiver.id)).toEqual([
      { kind: 'referral_reminder', subject_id: referral.id },
    ]);
    expect(await sweepReferralDeadlines(t.db, at(20))).toMatchObject({ reminded: 0, escalated: 0 });

    expect(await sweepReferralDeadlines(t.db, at(25))).toMatchObject({ escalated: 1 });
    expect(await notificationsOf(coordinator.id)).toContainEqual({
      kind: 'referral_escalated',
      subject_id: referral.id,
    });
    expect(await sweepReferralDeadlines(t.db, at(30))).toMatchObject({ reminded: 0, escalated: 0 });

    const events = await t.db
      .selectFrom('referral_event')
      .select('type')
      .where('referral_id', '=', referral.id)
      .orderBy('occurred_at')
      .execute();
    expect(events.map((event) => event.type)).toEqual(['reminded', 'escalated']);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', referral.id)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['referral.reminded', 'referral.escalated']);
  });

  it('leaves an accepted referral alone, however late', async () => {
    const { referral, sentAt } = await sentReferral('normal', 'accepted');
    await sweepReferralDeadlines(t.db, new Date(sentAt.getTime() + 200 * HOUR));
    const row = await t.db
      .selectFrom('referral')
      .select(['reminded_at', 'escalated_at'])
      .where('id', '=', referral.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ reminded_at: null, escalated_at: null });
  });
});

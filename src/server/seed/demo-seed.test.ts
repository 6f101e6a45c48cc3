import { describe, expect, it } from 'vitest';
import { sweepCooperationEscalations } from '#server/features/cooperation/index.js';
import { verifyAuditChain } from '#server/platform/audit/index.js';
import { useTestApp } from '#test/helpers/test-app.js';
import { seedDemo } from './demo-seed.js';

describe('synthetic demo data', () => {
  const t = useTestApp();

  it('loads once, through the API, a criminal-justice picture the screens can show', async () => {
    const now = t.clock.now();
    expect(await seedDemo(t.db, t.sealer, now)).toBe(true);
    expect(await seedDemo(t.db, t.sealer, now)).toBe(false);

    const count = async (table: 'investigation' | 'prosecution' | 'jit_agreement') =>
      (await t.db.selectFrom(table).select('id').execute()).length;
    expect(await count('investigation')).toBe(1);
    expect(await count('prosecution')).toBe(1);

    const operation = await t.db.selectFrom('operation').select(['id', 'status']).execute();
    expect(operation).toEqual([expect.objectContaining({ status: 'completed' })]);
    const rescued = await t.db
      .selectFrom('operation_rescue')
      .innerJoin('victim', 'victim.case_id', 'operation_rescue.case_id')
      .select('victim.trafficking_status')
      .execute();
    expect(rescued.map((row) => row.trafficking_status)).toEqual([
      'PossibleVictimOfTrafficking',
      'PossibleVictimOfTrafficking',
    ]);

    const requests = await t.db
      .selectFrom('coop_request')
      .select(['direction', 'status', 'foreign_country'])
      .orderBy('foreign_country')
      .execute();
    expect(requests).toEqual([
      { direction: 'outgoing', status: 'draft', foreign_country: 'EGY' },
      { direction: 'outgoing', status: 'executed', foreign_country: 'MAR' },
      { direction: 'incoming', status: 'sent', foreign_country: 'NER' },
      { direction: 'outgoing', status: 'sent', foreign_country: 'TUN' },
    ]);
    const jit = await t.db.selectFrom('jit_agreement').select('status').execute();
    expect(jit).toEqual([{ status: 'active' }]);

    // The seeding sessions are closed: nobody can reuse them.
    const open = t.db.selectFrom('user_session').where('ended_at', 'is', null).select('id');
    expect(await open.execute()).toEqual([]);
    expect((await verifyAuditChain(t.db)).firstBreak).toBeNull();
  });

  it('leaves one request overdue for the escalation ladder to act on', async () => {
    await sweepCooperationEscalations(t.db, t.clock.now());
    const levels = await t.db
      .selectFrom('coop_request')
      .select(['foreign_country', 'escalation_level'])
      .where('escalation_level', '>', 0)
      .execute();
    expect(levels).toEqual([{ foreign_country: 'TUN', escalation_level: 2 }]);
  });
});

import type { Role } from '#shared/domain/roles.js';
import { aCase, type TestUser } from '#test/factories/index.js';
import { aReintegrationPlan } from '#test/factories/reintegration.js';
import { aConsent, aVictim } from '#test/factories/victims.js';
import type { Builder, MatrixRow, Outsider, World } from './matrix-world.js';

/** victims.policy.ts, reintegration rules: read on the case (plus the wall), write by its owner. */
const READERS = ['case_worker', 'investigator', 'prosecutor', 'national_coordinator'] as const;
const CARERS = ['case_worker', 'national_coordinator'] as const;

const OUTSIDERS: readonly Outsider[] = [
  { role: 'case_worker', from: 'other_agency', expect: 404 },
  { role: 'national_coordinator', from: 'other_country', expect: 404 },
];

/** A victim case of the home agency assigned to `subject`, with a victim and maybe a plan. */
async function victimCase(w: World, subject: TestUser, plan?: { heldMonths: number[] }) {
  const kase = await aCase(w.t.db, { agencyId: w.home.id, assigneeIds: [subject.id] });
  const victim = await aVictim(w.t.db, w.t.sealer, { caseId: kase.id });
  const created = plan
    ? await aReintegrationPlan(w.t.db, w.t.sealer, {
        victimId: victim.id,
        createdBy: subject.id,
        heldMonths: plan.heldMonths,
      })
    : undefined;
  return { victim, plan: created, url: `/api/cases/${kase.id}/victim/reintegration` };
}

const row = (allow: readonly Role[], build: Builder): MatrixRow => ({
  kind: 'roles',
  allow,
  build,
  outsiders: OUTSIDERS,
});

export const reintegrationRows: Record<string, MatrixRow> = {
  'GET /api/cases/:id/victim/reintegration': row(READERS, async (w, subject) => {
    const { url, victim } = await victimCase(w, subject, { heldMonths: [] });
    // Consent for every purpose to the home agency: the matrix tests roles, the wall has its own tests.
    for (const purpose of ['assistance', 'investigation', 'prosecution']) {
      await aConsent(w.t.db, {
        victimId: victim.id,
        recipientAgencyId: w.home.id,
        recordedBy: subject.id,
        purpose,
        category: 'assistance',
      });
    }
    return { method: 'GET', url };
  }),
  'POST /api/cases/:id/victim/reintegration': row(CARERS, async (w, subject) => ({
    method: 'POST',
    url: (await victimCase(w, subject)).url,
    payload: { startDate: '2026-01-15', goals: [{ code: 'housing' }] },
  })),
  'PATCH /api/cases/:id/victim/reintegration': row(CARERS, async (w, subject) => ({
    method: 'PATCH',
    url: (await victimCase(w, subject, { heldMonths: [] })).url,
    payload: { followUpMonths: [6, 12], version: 1 },
  })),
  'POST /api/cases/:id/victim/reintegration/follow-ups/:followUpId': row(
    CARERS,
    async (w, subject) => {
      const { url, plan } = await victimCase(w, subject, { heldMonths: [] });
      return {
        method: 'POST',
        url: `${url}/follow-ups/${plan?.followUpIds[0] ?? ''}`,
        payload: { heldOn: '2026-04-15', outcome: 'on_track' },
      };
    },
  ),
  'POST /api/cases/:id/victim/reintegration/close': row(CARERS, async (w, subject) => ({
    method: 'POST',
    url: `${(await victimCase(w, subject, { heldMonths: [3] })).url}/close`,
    payload: { status: 'Closed', reason: 'goals_met', version: 1 },
  })),
};

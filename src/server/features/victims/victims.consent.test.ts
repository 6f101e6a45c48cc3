import { describe, expect, it } from 'vitest';
import { A_VICTIM, aVictimCaseWorld } from '#test/factories/victims.js';
import { useTestApp } from '#test/helpers/test-app.js';

describe('consent and the wall around assistance data', () => {
  const t = useTestApp();

  async function withVictim(overrides: Partial<typeof A_VICTIM> = {}) {
    const world = await aVictimCaseWorld(t.db, t.sealer, t.clock.now());
    const url = `/api/cases/${world.kase.id}/victim`;
    const created = await t.app.inject({
      method: 'POST',
      url,
      headers: world.caseWorker.headers,
      payload: { ...A_VICTIM, ...overrides },
    });
    expect(created.statusCode, created.body).toBe(201);
    const needs = await t.app.inject({
      method: 'POST',
      url: `${url}/needs`,
      headers: world.caseWorker.headers,
      payload: { needs: ['shelter', 'psychosocial'], notes: 'SYNTH: nightmares, needs a doctor' },
    });
    expect(needs.statusCode, needs.body).toBe(201);
    return { ...world, url };
  }

  const consentFor = (agencyId: string, purpose: string, dataCategory: string) => ({
    recipientAgencyId: agencyId,
    purpose,
    dataCategory,
    method: 'signed_form',
    givenBy: 'victim',
  });

  it('keeps needs from an assigned investigator until consent, and again from the moment it is withdrawn', async () => {
    const w = await withVictim();
    const readNeeds = () =>
      t.app.inject({ url: `${w.url}/needs`, headers: w.investigator.headers });

    const before = await readNeeds();
    expect(before.statusCode).toBe(403);
    expect(before.json()).toMatchObject({ error: { code: 'victim.assistance_wall' } });

    const consent = await t.app.inject({
      method: 'POST',
      url: `${w.url}/consents`,
      headers: w.caseWorker.headers,
      payload: consentFor(w.police.id, 'investigation', 'assistance'),
    });
    expect(consent.statusCode, consent.body).toBe(201);
    const withConsent = await readNeeds();
    expect(withConsent.statusCode).toBe(200);
    expect(withConsent.json()).toMatchObject({
      items: [{ needs: ['shelter', 'psychosocial'], notes: 'SYNTH: nightmares, needs a doctor' }],
    });

    const consentId = consent.json<{ id: string }>().id;
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `${w.url}/consents/${consentId}/withdraw`,
      headers: w.caseWorker.headers,
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json<{ withdrawnAt: string | null }>().withdrawnAt).not.toBeNull();
    expect((await readNeeds()).statusCode).toBe(403);
  });

  it('does not open the wall with consent given for another purpose or another agency', async () => {
    const w = await withVictim();
    for (const payload of [
      consentFor(w.police.id, 'assistance', 'assistance'),
      consentFor(w.care.id, 'investigation', 'assistance'),
      consentFor(w.police.id, 'investigation', 'identity'),
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: `${w.url}/consents`,
        headers: w.caseWorker.headers,
        payload,
      });
      expect(res.statusCode).toBe(201);
    }
    const res = await t.app.inject({ url: `${w.url}/needs`, headers: w.investigator.headers });
    expect(res.statusCode).toBe(403);
  });

  it('opens the wall on a legal-basis override approved by a named coordinator, and audits it', async () => {
    const w = await withVictim();
    const bad = await t.app.inject({
      method: 'POST',
      url: `${w.url}/consent-overrides`,
      headers: w.coordinator.headers,
      payload: {
        recipientAgencyId: w.secretariat.id,
        purpose: 'prosecution',
        dataCategory: 'assistance',
        legalBasis: 'SYNTH Code of Criminal Procedure art. 99',
        approverUserId: w.prosecutor.id,
      },
    });
    expect(bad.statusCode).toBe(400);
    const override = await t.app.inject({
      method: 'POST',
      url: `${w.url}/consent-overrides`,
      headers: w.coordinator.headers,
      payload: {
        recipientAgencyId: w.secretariat.id,
        purpose: 'prosecution',
        dataCategory: 'assistance',
        legalBasis: 'SYNTH Code of Criminal Procedure art. 99',
        approverUserId: w.coordinator.id,
      },
    });
    expect(override.statusCode, override.body).toBe(201);
    expect(override.json()).toMatchObject({ method: 'legal_basis', givenBy: 'override' });
    const res = await t.app.inject({ url: `${w.url}/needs`, headers: w.prosecutor.headers });
    expect(res.statusCode).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'victim.consent.override')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('treats a minor strictly: guardian consent, identity hidden from other agencies until consent', async () => {
    const w = await withVictim({
      identity: { ...A_VICTIM.identity, birthDate: '2012-06-01' },
      birthYear: 2012,
    });
    const detail = await t.app.inject({ url: w.url, headers: w.investigator.headers });
    expect(detail.json()).toMatchObject({ isChild: true, identity: null });
    const byVictim = await t.app.inject({
      method: 'POST',
      url: `${w.url}/consents`,
      headers: w.caseWorker.headers,
      payload: consentFor(w.police.id, 'investigation', 'identity'),
    });
    expect(byVictim.statusCode).toBe(409);
    expect(byVictim.json()).toMatchObject({
      error: { code: 'victim.child_consent_needs_guardian' },
    });
    const guardian = await t.app.inject({
      method: 'POST',
      url: `${w.url}/guardians`,
      headers: w.caseWorker.headers,
      payload: {
        name: 'SYNTH Guardian',
        relationship: 'court-appointed guardian',
        appointedOn: '2026-11-01',
        appointingBody: 'SYNTH Juvenile Court',
      },
    });
    expect(guardian.statusCode, guardian.body).toBe(201);
    const byGuardian = await t.app.inject({
      method: 'POST',
      url: `${w.url}/consents`,
      headers: w.caseWorker.headers,
      payload: { ...consentFor(w.police.id, 'investigation', 'identity'), givenBy: 'guardian' },
    });
    expect(byGuardian.statusCode).toBe(201);
    const after = await t.app.inject({ url: w.url, headers: w.investigator.headers });
    expect(after.json()).toMatchObject({ identity: { nameLatin: 'Salma Synthetic' } });
    const ownAgency = await t.app.inject({ url: w.url, headers: w.caseWorker.headers });
    expect(ownAgency.json<{ identity: unknown }>().identity).not.toBeNull();
  });
});

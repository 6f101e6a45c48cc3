import { beforeAll, describe, expect, it } from 'vitest';
import type {
  InvestigationDetail,
  InvestigationPerson,
  VictimLink,
} from '#shared/contracts/investigations.js';
import { anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { anInvestigation, anInvestigationPerson } from '#test/factories/investigations.js';
import { A_VICTIM, aConsent, aVictimCaseWorld } from '#test/factories/victims.js';
import { auditActionsFor, auditRowCount } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
async function call(user: TestUser, method: Method, url: string, payload?: object) {
  const headers = await sessionFor(t.db, user, t.clock.now());
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

let police: { id: string };
let investigator: TestUser;
let prosecutor: TestUser;
let care: Awaited<ReturnType<typeof aRecordedVictim>>;

/** A victim recorded through the API, so its blind index is the one victims compute. */
async function aRecordedVictim() {
  const world = await aVictimCaseWorld(t.db, t.sealer, t.clock.now());
  const res = await call(world.caseWorker, 'POST', `/api/cases/${world.kase.id}/victim`, A_VICTIM);
  expect(res.statusCode, res.body).toBe(201);
  const victim = await t.db
    .selectFrom('victim')
    .select('id')
    .where('case_id', '=', world.kase.id)
    .executeTakeFirstOrThrow();
  return { ...world, victimId: victim.id };
}

async function aFile() {
  return anInvestigation(t.db, {
    agencyId: police.id,
    leadUserId: investigator.id,
    members: [{ userId: prosecutor.id }],
  });
}

const SUSPECT_LIKE_VICTIM = {
  role: 'suspect',
  identity: {
    names: [{ script: 'latn', value: 'SALMA  synthetic' }],
    birthDate: '1998-04-02',
    sex: 'F',
  },
};

beforeAll(async () => {
  police = await anAgency(t.db, { kind: 'police' });
  const prosecution = await anAgency(t.db, { kind: 'prosecution' });
  investigator = await aUser(t.db, t.sealer, { agencyId: police.id, roles: ['investigator'] });
  prosecutor = await aUser(t.db, t.sealer, { agencyId: prosecution.id, roles: ['prosecutor'] });
  care = await aRecordedVictim();
});

describe('linking a victim to an investigation', () => {
  it('links on the victim’s active consent to the lead agency, showing reference and status only', async () => {
    const file = await aFile();
    const consent = await aConsent(t.db, {
      victimId: care.victimId,
      recipientAgencyId: police.id,
      recordedBy: care.caseWorker.id,
      purpose: 'investigation',
      category: 'identity',
    });
    const res = await call(investigator, 'POST', `/api/investigations/${file.id}/victim-links`, {
      caseId: care.kase.id,
      basis: 'consent',
      consentId: consent.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const link = res.json<VictimLink>();
    expect(link).toMatchObject({ basis: 'consent', traffickingStatus: 'NotScreened' });
    expect(Object.keys(link).sort()).toEqual(
      [
        'basis',
        'caseReference',
        'id',
        'legalBasis',
        'linkedAt',
        'linkedByName',
        'revokedAt',
        'traffickingStatus',
      ].sort(),
    );
    const detail = await call(investigator, 'GET', `/api/investigations/${file.id}`);
    expect(detail.body).not.toContain('Salma');
    expect(detail.json<InvestigationDetail>().victimLinks).toHaveLength(1);
  });

  it('keeps the victim record and assistance data closed to the investigator after linking', async () => {
    const file = await aFile();
    const outsider = await aUser(t.db, t.sealer, { agencyId: police.id, roles: ['investigator'] });
    await t.db
      .insertInto('investigation_member')
      .values({
        investigation_id: file.id,
        user_id: outsider.id,
        team_role: 'member',
        added_at: t.clock.now(),
        added_by_user_id: investigator.id,
      })
      .execute();
    const linked = await call(prosecutor, 'POST', `/api/investigations/${file.id}/victim-links`, {
      caseId: care.kase.id,
      basis: 'legal_basis',
      legalBasis: 'SYNTH Code of Criminal Procedure art. 42',
    });
    expect(linked.statusCode, linked.body).toBe(201);
    for (const url of [
      `/api/cases/${care.kase.id}/victim`,
      `/api/cases/${care.kase.id}/victim/needs`,
      `/api/cases/${care.kase.id}`,
    ]) {
      const res = await call(outsider, 'GET', url);
      expect([403, 404], url).toContain(res.statusCode);
    }
  });

  it('refuses a link without an active consent to the lead agency for proceedings (403)', async () => {
    const file = await aFile();
    const otherAgency = await anAgency(t.db, { kind: 'police' });
    const wrongAgency = await aConsent(t.db, {
      victimId: care.victimId,
      recipientAgencyId: otherAgency.id,
      recordedBy: care.caseWorker.id,
      purpose: 'investigation',
      category: 'identity',
    });
    const wrongPurpose = await aConsent(t.db, {
      victimId: care.victimId,
      recipientAgencyId: police.id,
      recordedBy: care.caseWorker.id,
      purpose: 'assistance',
      category: 'identity',
    });
    const withdrawn = await aConsent(t.db, {
      victimId: care.victimId,
      recipientAgencyId: police.id,
      recordedBy: care.caseWorker.id,
      purpose: 'prosecution',
      category: 'identity',
    });
    await t.db
      .updateTable('victim_consent')
      .set({ withdrawn_at: t.clock.now(), withdrawn_by: care.caseWorker.id })
      .where('id', '=', withdrawn.id)
      .execute();
    const audits = await auditRowCount(t.db);
    for (const consent of [wrongAgency, wrongPurpose, withdrawn]) {
      const res = await call(investigator, 'POST', `/api/investigations/${file.id}/victim-links`, {
        caseId: care.kase.id,
        basis: 'consent',
        consentId: consent.id,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { messageKey: 'errors.victimLinkNotAuthorised' } });
    }
    expect(await auditRowCount(t.db)).toBe(audits);
  });

  it('reserves a legal-basis link to a prosecutor of the team (403 for the investigator)', async () => {
    const file = await aFile();
    const res = await call(investigator, 'POST', `/api/investigations/${file.id}/victim-links`, {
      caseId: care.kase.id,
      basis: 'legal_basis',
      legalBasis: 'SYNTH art. 42',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { messageKey: 'errors.victimLinkProsecutorOnly' } });
  });

  it('revokes a link, audited, after which it cannot be revoked again', async () => {
    const file = await aFile();
    const linked = await call(prosecutor, 'POST', `/api/investigations/${file.id}/victim-links`, {
      caseId: care.kase.id,
      basis: 'legal_basis',
      legalBasis: 'SYNTH art. 42',
    });
    const url = `/api/investigations/${file.id}/victim-links/${linked.json<VictimLink>().id}`;
    const res = await call(investigator, 'DELETE', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<VictimLink>().revokedAt).not.toBeNull();
    expect(await auditActionsFor(t.db, file.id)).toContain('investigation.victim_link.revoke');
    expect((await call(investigator, 'DELETE', url)).statusCode).toBe(404);
  });
});

describe('the non-punishment principle', () => {
  it('flags a suspect matching a recorded victim, without naming the victim', async () => {
    const file = await aFile();
    const res = await call(
      investigator,
      'POST',
      `/api/investigations/${file.id}/persons`,
      SUSPECT_LIKE_VICTIM,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<InvestigationPerson>()).toMatchObject({
      nonPunishmentReview: 'pending',
      isReviewRequired: true,
    });
    expect(res.body).not.toContain(care.kase.id);
    expect(res.body).not.toContain(care.victimId);
    const detail = await call(investigator, 'GET', `/api/investigations/${file.id}`);
    expect(detail.body).not.toContain(care.kase.id);
  });

  it('flags a suspect matched by an alias in Arabic script', async () => {
    const file = await aFile();
    const res = await call(investigator, 'POST', `/api/investigations/${file.id}/persons`, {
      role: 'suspect',
      identity: {
        names: [{ script: 'latn', value: 'SYNTH Unrelated' }],
        aliases: [{ script: 'latn', value: 'Salma Synthetic' }],
        birthYear: 1998,
        birthDate: '1998-04-02',
      },
    });
    expect(res.json<InvestigationPerson>().nonPunishmentReview).toBe('pending');
  });

  it('needs no review for a suspect matching no victim, nor for a witness who matches', async () => {
    const file = await aFile();
    const url = `/api/investigations/${file.id}/persons`;
    const stranger = await call(investigator, 'POST', url, {
      role: 'suspect',
      identity: { names: [{ script: 'latn', value: 'SYNTH Stranger' }], birthYear: 1970 },
    });
    expect(stranger.json<InvestigationPerson>().nonPunishmentReview).toBe('none');
    const witness = await call(investigator, 'POST', url, {
      ...SUSPECT_LIKE_VICTIM,
      role: 'witness',
    });
    expect(witness.json<InvestigationPerson>().nonPunishmentReview).toBe('none');
  });

  it('flags a suspect marked as a possible victim, or tied to a linked victim case', async () => {
    const file = await aFile();
    const url = `/api/investigations/${file.id}/persons`;
    const marked = await call(investigator, 'POST', url, {
      role: 'suspect',
      identity: { names: [{ script: 'latn', value: 'SYNTH Marked' }] },
      possibleVictim: true,
    });
    expect(marked.json<InvestigationPerson>().nonPunishmentReview).toBe('pending');
    const link = await call(prosecutor, 'POST', `/api/investigations/${file.id}/victim-links`, {
      caseId: care.kase.id,
      basis: 'legal_basis',
      legalBasis: 'SYNTH art. 42',
    });
    const tied = await call(investigator, 'POST', url, {
      role: 'suspect',
      identity: { names: [{ script: 'latn', value: 'SYNTH Tied' }] },
      victimLinkId: link.json<VictimLink>().id,
    });
    expect(tied.json<InvestigationPerson>().nonPunishmentReview).toBe('pending');
  });

  it('flags a witness who becomes a suspect matching a victim', async () => {
    const file = await aFile();
    const added = await call(investigator, 'POST', `/api/investigations/${file.id}/persons`, {
      ...SUSPECT_LIKE_VICTIM,
      role: 'witness',
    });
    const person = added.json<InvestigationPerson>();
    const res = await call(
      investigator,
      'PATCH',
      `/api/investigations/${file.id}/persons/${person.id}`,
      { role: 'suspect', version: person.version },
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<InvestigationPerson>()).toMatchObject({
      role: 'suspect',
      nonPunishmentReview: 'pending',
      version: 2,
    });
  });

  it('opens the review of a suspect recorded before the matching victim', async () => {
    const file = await aFile();
    const identity = {
      names: [{ script: 'latn', value: 'SYNTH Amina Later' }],
      birthDate: '2001-02-03',
    };
    const added = await call(investigator, 'POST', `/api/investigations/${file.id}/persons`, {
      role: 'suspect',
      identity,
    });
    expect(added.json<InvestigationPerson>().nonPunishmentReview).toBe('none');
    const world = await aVictimCaseWorld(t.db, t.sealer, t.clock.now());
    const victim = await call(world.caseWorker, 'POST', `/api/cases/${world.kase.id}/victim`, {
      ...A_VICTIM,
      identity: { ...A_VICTIM.identity, nameLatin: 'SYNTH Amina Later', birthDate: '2001-02-03' },
    });
    expect(victim.statusCode, victim.body).toBe(201);
    const detail = await call(investigator, 'GET', `/api/investigations/${file.id}`);
    expect(detail.json<InvestigationDetail>().persons[0]).toMatchObject({
      nonPunishmentReview: 'pending',
      isReviewRequired: true,
    });
    expect(detail.body).not.toContain(world.kase.id);
    expect(await auditActionsFor(t.db, file.id)).toContain('investigation.person.review_opened');
  });

  it('lets a prosecutor of the team decide the review, never the investigator', async () => {
    const file = await aFile();
    const person = await anInvestigationPerson(t.db, t.sealer, {
      investigationId: file.id,
      createdBy: investigator.id,
      review: 'pending',
    });
    const url = `/api/investigations/${file.id}/persons/${person.id}/non-punishment-review`;
    const decision = { outcome: 'applies', reason: 'SYNTH: compelled to drive', version: 1 };
    expect((await call(investigator, 'POST', url, decision)).statusCode).toBe(403);
    const res = await call(prosecutor, 'POST', url, decision);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<InvestigationPerson>()).toMatchObject({
      nonPunishmentReview: 'applies',
      isReviewRequired: false,
      reviewReason: 'SYNTH: compelled to drive',
    });
    expect(await auditActionsFor(t.db, file.id)).toContain('investigation.person.review');
  });

  it('refuses a decision for a person who needs no review (409), changing nothing', async () => {
    const file = await aFile();
    const person = await anInvestigationPerson(t.db, t.sealer, {
      investigationId: file.id,
      createdBy: investigator.id,
    });
    const audits = await auditRowCount(t.db);
    const res = await call(
      prosecutor,
      'POST',
      `/api/investigations/${file.id}/persons/${person.id}/non-punishment-review`,
      { outcome: 'not_applicable', reason: 'SYNTH', version: 1 },
    );
    expect(res.statusCode).toBe(409);
    expect(await auditRowCount(t.db)).toBe(audits);
  });
});

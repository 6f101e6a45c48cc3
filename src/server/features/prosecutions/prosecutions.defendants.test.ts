import { beforeAll, describe, expect, it } from 'vitest';
import type { ProsecutionDetail } from '#shared/contracts/prosecutions.js';
import { blindIndexOf } from '#server/features/victims/index.js';
import { aCase, anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { anInvestigation, anInvestigationPerson } from '#test/factories/investigations.js';
import { A_DEFENDANT, aCharge, aDefendant, aProsecution } from '#test/factories/prosecutions.js';
import { A_VICTIM, aVictim, aVictimCaseWorld } from '#test/factories/victims.js';
import { auditRowCount } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

let officeId: string;
let lead: TestUser;
let police: { id: string };

async function call(
  user: TestUser,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: Record<string, unknown>,
) {
  const headers = await sessionFor(t.db, user, t.clock.now());
  return t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
}

async function aFile(
  options: { stage?: 'investigation' | 'trial'; investigationId?: string } = {},
) {
  return aProsecution(t.db, {
    agencyId: officeId,
    openedBy: lead.id,
    memberIds: [lead.id],
    ...options,
  });
}

async function addDefendant(prosecutionId: string, payload: Record<string, unknown> = A_DEFENDANT) {
  const res = await call(lead, 'POST', `/api/prosecutions/${prosecutionId}/defendants`, payload);
  expect(res.statusCode, res.body).toBe(201);
  const file = res.json<ProsecutionDetail>();
  const defendant = file.defendants.at(-1);
  if (!defendant) throw new Error('no defendant in the answer');
  return { file, defendant, body: res.body };
}

const chargeUrl = (prosecutionId: string, defendantId: string) =>
  `/api/prosecutions/${prosecutionId}/defendants/${defendantId}/charges`;
const reviewUrl = (prosecutionId: string, defendantId: string) =>
  `/api/prosecutions/${prosecutionId}/defendants/${defendantId}/non-punishment-review`;
const A_CHARGE = { offenceCode: 'trafficking_in_persons', lawArticle: 'SYNTH Law 6/2010, art. 2' };

async function defendantRow(id: string) {
  return t.db.selectFrom('defendant').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function chargeCount(defendantId: string) {
  const rows = await t.db
    .selectFrom('charge')
    .select('id')
    .where('defendant_id', '=', defendantId)
    .execute();
  return rows.length;
}

beforeAll(async () => {
  officeId = (await anAgency(t.db, { kind: 'prosecution' })).id;
  police = await anAgency(t.db, { kind: 'police' });
  lead = await aUser(t.db, t.sealer, { agencyId: officeId, roles: ['prosecutor'] });
});

describe('recording defendants', () => {
  it('seals the identity and starts with no review when nothing points to a victim', async () => {
    const file = await aFile();
    const { defendant } = await addDefendant(file.id);
    expect(defendant).toMatchObject({
      identity: A_DEFENDANT.identity,
      nonPunishmentReview: 'none',
      nonPunishmentTrigger: null,
      charges: [],
    });
    const row = await defendantRow(defendant.id);
    expect(row.identity_sealed.toString('latin1')).not.toContain('Karim');
    expect(row.identity_blind_index).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a person who is not in the prosecution own investigation', async () => {
    const investigator = await aUser(t.db, t.sealer, {
      agencyId: police.id,
      roles: ['investigator'],
    });
    const mine = await anInvestigation(t.db, { agencyId: police.id, leadUserId: investigator.id });
    const other = await anInvestigation(t.db, { agencyId: police.id, leadUserId: investigator.id });
    const stranger = await anInvestigationPerson(t.db, t.sealer, {
      investigationId: other.id,
      createdBy: investigator.id,
    });
    const file = await aFile({ investigationId: mine.id });
    const before = await auditRowCount(t.db);
    const res = await call(lead, 'POST', `/api/prosecutions/${file.id}/defendants`, {
      ...A_DEFENDANT,
      investigationPersonId: stranger.id,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'prosecution.unknown_investigation_person' },
    });
    expect(await auditRowCount(t.db)).toBe(before);
  });
});

describe('the non-punishment wall', () => {
  it('flags a defendant linked to an investigation person under review', async () => {
    const investigator = await aUser(t.db, t.sealer, {
      agencyId: police.id,
      roles: ['investigator'],
    });
    const investigation = await anInvestigation(t.db, {
      agencyId: police.id,
      leadUserId: investigator.id,
    });
    for (const review of ['pending', 'applies'] as const) {
      const person = await anInvestigationPerson(t.db, t.sealer, {
        investigationId: investigation.id,
        createdBy: investigator.id,
        review,
      });
      const file = await aFile({ investigationId: investigation.id });
      const { defendant } = await addDefendant(file.id, {
        ...A_DEFENDANT,
        investigationPersonId: person.id,
      });
      expect(defendant).toMatchObject({
        investigationPersonId: person.id,
        nonPunishmentReview: 'pending',
        nonPunishmentTrigger: 'investigation_flag',
      });
    }
  });

  it('flags a defendant matching a registered victim, without revealing the victim case', async () => {
    const world = await aVictimCaseWorld(t.db, t.sealer, t.clock.now());
    const victim = await aVictim(t.db, t.sealer, { caseId: world.kase.id });
    await t.db
      .updateTable('victim')
      .set({ identity_blind_index: blindIndexOf(t.sealer, A_VICTIM.identity, 1998) })
      .where('id', '=', victim.id)
      .execute();
    const file = await aFile();
    const { defendant, body } = await addDefendant(file.id, {
      identity: {
        nameLatin: '  salma   SYNTHETIC ',
        nameArabic: null,
        birthDate: '1998-04-02',
        sex: 'F',
      },
    });
    expect(defendant).toMatchObject({
      nonPunishmentReview: 'pending',
      nonPunishmentTrigger: 'victim_match',
    });
    expect(body).not.toContain(world.kase.id);
    expect(body).not.toContain(victim.id);
    const read = await call(lead, 'GET', `/api/prosecutions/${file.id}`);
    expect(read.body).not.toContain(world.kase.id);
    expect(read.body).not.toContain(victim.id);
  });

  it('does not match a victim of another country', async () => {
    const foreignCare = await anAgency(t.db, { country: 'TUN', kind: 'victim_services' });
    const kase = await aCase(t.db, { agencyId: foreignCare.id, country: 'TUN' });
    const victim = await aVictim(t.db, t.sealer, { caseId: kase.id });
    const identity = { nameLatin: 'Foreign Synthetic', nameArabic: null, birthDate: '1990-01-01' };
    await t.db
      .updateTable('victim')
      .set({ identity_blind_index: blindIndexOf(t.sealer, identity, null) })
      .where('id', '=', victim.id)
      .execute();
    const file = await aFile();
    const { defendant } = await addDefendant(file.id, { identity: { ...identity, sex: 'M' } });
    expect(defendant.nonPunishmentReview).toBe('none');
  });

  it('refuses a charge while the review is pending, then files it once not applicable', async () => {
    const file = await aFile();
    const defendant = await aDefendant(t.db, t.sealer, {
      prosecutionId: file.id,
      createdBy: lead.id,
      review: 'pending',
    });
    const before = await auditRowCount(t.db);
    const refused = await call(lead, 'POST', chargeUrl(file.id, defendant.id), A_CHARGE);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: {
        code: 'prosecution.non_punishment_review_pending',
        messageKey: 'errors.nonPunishmentReviewPending',
      },
    });
    expect(await chargeCount(defendant.id)).toBe(0);
    expect(await auditRowCount(t.db)).toBe(before);

    const reviewed = await call(lead, 'POST', reviewUrl(file.id, defendant.id), {
      outcome: 'not_applicable',
      reason: 'SYNTH: no indicator of trafficking after the interview',
      version: 1,
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const after = reviewed.json<ProsecutionDetail>().defendants[0];
    expect(after).toMatchObject({
      nonPunishmentReview: 'not_applicable',
      nonPunishmentReason: 'SYNTH: no indicator of trafficking after the interview',
      version: 2,
    });
    const filed = await call(lead, 'POST', chargeUrl(file.id, defendant.id), A_CHARGE);
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json<ProsecutionDetail>().defendants[0]?.charges).toEqual([
      expect.objectContaining({ status: 'filed', offenceCode: 'trafficking_in_persons' }),
    ]);
  });

  it('refuses any charge once the principle applies', async () => {
    const file = await aFile();
    const defendant = await aDefendant(t.db, t.sealer, {
      prosecutionId: file.id,
      createdBy: lead.id,
      review: 'pending',
    });
    const reviewed = await call(lead, 'POST', reviewUrl(file.id, defendant.id), {
      outcome: 'applies',
      reason: 'SYNTH: forced to drive the van by the network',
      version: 1,
    });
    expect(reviewed.statusCode).toBe(200);
    const refused = await call(lead, 'POST', chargeUrl(file.id, defendant.id), A_CHARGE);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error: { code: 'prosecution.non_punishment_applies' },
    });
    expect(await chargeCount(defendant.id)).toBe(0);
  });

  it('lets a prosecutor raise a review by hand, which then bars new charges', async () => {
    const file = await aFile();
    const defendant = await aDefendant(t.db, t.sealer, {
      prosecutionId: file.id,
      createdBy: lead.id,
    });
    const raised = await call(lead, 'POST', reviewUrl(file.id, defendant.id), {
      outcome: 'pending',
      reason: 'SYNTH: indicators came up at the hearing',
      version: 1,
    });
    expect(raised.json<ProsecutionDetail>().defendants[0]).toMatchObject({
      nonPunishmentReview: 'pending',
      nonPunishmentTrigger: 'manual',
    });
    const refused = await call(lead, 'POST', chargeUrl(file.id, defendant.id), A_CHARGE);
    expect(refused.statusCode).toBe(409);
  });

  it('refuses invalid review decisions and stale versions, changing nothing', async () => {
    const file = await aFile();
    const applies = await aDefendant(t.db, t.sealer, {
      prosecutionId: file.id,
      createdBy: lead.id,
      review: 'applies',
    });
    const none = await aDefendant(t.db, t.sealer, { prosecutionId: file.id, createdBy: lead.id });
    const reason = 'SYNTH: reason';
    const cases: [string, Record<string, unknown>, string][] = [
      [
        applies.id,
        { outcome: 'not_applicable', reason, version: 1 },
        'prosecution.invalid_review_transition',
      ],
      [
        applies.id,
        { outcome: 'pending', reason, version: 1 },
        'prosecution.invalid_review_transition',
      ],
      [
        none.id,
        { outcome: 'applies', reason, version: 1 },
        'prosecution.invalid_review_transition',
      ],
      [none.id, { outcome: 'pending', reason, version: 5 }, 'version_conflict'],
    ];
    const before = {
      applies: await defendantRow(applies.id),
      none: await defendantRow(none.id),
      audit: await auditRowCount(t.db),
    };
    for (const [id, payload, code] of cases) {
      const res = await call(lead, 'POST', reviewUrl(file.id, id), payload);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ error: { code } });
    }
    expect(await defendantRow(applies.id)).toEqual(before.applies);
    expect(await defendantRow(none.id)).toEqual(before.none);
    expect(await auditRowCount(t.db)).toBe(before.audit);
  });

  it('refuses a verdict against a defendant under review', async () => {
    const file = await aFile({ stage: 'trial' });
    const defendant = await aDefendant(t.db, t.sealer, {
      prosecutionId: file.id,
      createdBy: lead.id,
    });
    const charge = await aCharge(t.db, {
      prosecutionId: file.id,
      defendantId: defendant.id,
      filedBy: lead.id,
    });
    await t.db
      .updateTable('defendant')
      .set({ non_punishment_review: 'pending', non_punishment_trigger: 'manual' })
      .where('id', '=', defendant.id)
      .execute();
    const res = await call(
      lead,
      'POST',
      `/api/prosecutions/${file.id}/defendants/${defendant.id}/verdict`,
      {
        outcome: 'convicted',
        decidedOn: '2026-11-20',
        courtLevel: 'first_instance',
        charges: [{ chargeId: charge.id, outcome: 'convicted' }],
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'prosecution.non_punishment_review_pending' },
    });
  });
});

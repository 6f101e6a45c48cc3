import { describe, expect, it } from 'vitest';
import { A_VICTIM, aVictimCaseWorld } from '#test/factories/victims.js';
import { useTestApp } from '#test/helpers/test-app.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('SYNTH consent form body')]);

describe('victim documents', () => {
  const t = useTestApp();

  async function withVictim() {
    const world = await aVictimCaseWorld(t.db, t.sealer, t.clock.now());
    const url = `/api/cases/${world.kase.id}/victim`;
    const created = await t.app.inject({
      method: 'POST',
      url,
      headers: world.caseWorker.headers,
      payload: A_VICTIM,
    });
    expect(created.statusCode).toBe(201);
    return { ...world, url: `${url}/documents` };
  }

  const upload = (
    url: string,
    headers: Record<string, string>,
    content: Buffer,
    type = 'application/pdf',
  ) =>
    t.app.inject({
      method: 'POST',
      url,
      headers,
      payload: {
        kind: 'consent_form',
        filename: 'signed-consent.pdf',
        contentType: type,
        dataBase64: content.toString('base64'),
      },
    });

  it('stores a document encrypted, lists it and audits every download', async () => {
    const w = await withVictim();
    const res = await upload(w.url, w.caseWorker.headers, PDF);
    expect(res.statusCode, res.body).toBe(201);
    const document = res.json<{ id: string; filename: string; sizeBytes: number }>();
    expect(document).toMatchObject({ filename: 'signed-consent.pdf', sizeBytes: PDF.length });
    const raw = await t.db
      .selectFrom('victim_document')
      .selectAll()
      .where('id', '=', document.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.content_sealed).includes(Buffer.from('SYNTH consent form body'))).toBe(
      false,
    );
    expect(Buffer.from(raw.filename_sealed).toString('latin1')).not.toContain('signed-consent');

    const download = await t.app.inject({
      url: `${w.url}/${document.id}`,
      headers: w.caseWorker.headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const reads = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'victim.document.read')
      .where('actor_user_id', '=', w.caseWorker.id)
      .execute();
    expect(reads).toHaveLength(1);
  });

  it('refuses a file whose bytes do not match its type, storing nothing', async () => {
    const w = await withVictim();
    const res = await upload(w.url, w.caseWorker.headers, Buffer.from('MZ not a pdf'));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'victim.document_invalid' } });
    const rows = await t.db
      .selectFrom('victim_document')
      .innerJoin('victim', 'victim.id', 'victim_document.victim_id')
      .select('victim_document.id')
      .where('victim.case_id', '=', w.kase.id)
      .execute();
    expect(rows).toHaveLength(0);
  });

  it('keeps documents behind the consent wall for the investigator', async () => {
    const w = await withVictim();
    const res = await upload(w.url, w.caseWorker.headers, PDF);
    const id = res.json<{ id: string }>().id;
    const list = await t.app.inject({ url: w.url, headers: w.investigator.headers });
    expect(list.statusCode).toBe(403);
    const download = await t.app.inject({ url: `${w.url}/${id}`, headers: w.investigator.headers });
    expect(download.statusCode).toBe(403);
    expect(download.json()).toMatchObject({ error: { code: 'victim.assistance_wall' } });
  });
});

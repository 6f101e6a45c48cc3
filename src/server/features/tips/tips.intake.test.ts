import { describe, expect, it } from 'vitest';
import { A_TIP, anAgency, aRoutingRule, aTip, aUser, sessionFor } from '#test/factories/index.js';
import { createTestApp, useTestApp } from '#test/helpers/test-app.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe('tip intake, attachments and the triage queue', () => {
  const t = useTestApp();

  async function operator() {
    const hotline = await anAgency(t.db);
    await aRoutingRule(t.db, { agencyId: hotline.id });
    const user = await aUser(t.db, t.sealer, { agencyId: hotline.id, roles: ['hotline_operator'] });
    return { hotline, user, headers: await sessionFor(t.db, user, t.clock.now()) };
  }

  it('stores an attachment encrypted and audits every download', async () => {
    const { headers } = await operator();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/tips',
      payload: {
        ...A_TIP,
        attachments: [
          { filename: 'photo.png', contentType: 'image/png', dataBase64: PNG.toString('base64') },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const tip = await t.db
      .selectFrom('tip')
      .select('id')
      .where('reference', '=', res.json<{ reference: string }>().reference)
      .executeTakeFirstOrThrow();
    const detail = await t.app.inject({ url: `/api/tips/${tip.id}`, headers });
    const attachment = detail.json<{ attachments: { id: string; filename: string }[] }>()
      .attachments[0];
    expect(attachment?.filename).toBe('photo.png');
    const raw = await t.db
      .selectFrom('tip_attachment')
      .select('content_sealed')
      .executeTakeFirstOrThrow();
    expect(Buffer.from(raw.content_sealed).includes(PNG)).toBe(false);
    const download = await t.app.inject({
      url: `/api/tips/${tip.id}/attachments/${attachment?.id ?? ''}`,
      headers,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(PNG)).toBe(true);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', tip.id)
      .where('action', '=', 'tip.attachment.read')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a file whose content does not match its declared type, storing nothing', async () => {
    await operator();
    const before = await t.db.selectFrom('tip').select('id').execute();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/public/tips',
      headers: { 'accept-language': 'ar' },
      payload: {
        ...A_TIP,
        attachments: [
          {
            filename: 'invoice.pdf',
            contentType: 'application/pdf',
            dataBase64: Buffer.from('MZ not a pdf').toString('base64'),
          },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('tip.attachment_invalid');
    expect(body.error.message).toContain('المرفقات');
    expect(await t.db.selectFrom('tip').select('id').execute()).toHaveLength(before.length);
  });

  it('lets a hotline operator record a phone tip, attributed to them', async () => {
    const { headers, user } = await operator();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/tips',
      headers,
      payload: { ...A_TIP, channel: 'hotline_phone', imminentDanger: true },
    });
    expect(res.statusCode).toBe(201);
    const row = await t.db
      .selectFrom('tip')
      .select(['channel', 'received_by_user_id', 'priority'])
      .where('id', '=', res.json<{ id: string }>().id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      channel: 'hotline_phone',
      received_by_user_id: user.id,
      priority: 'urgent',
    });
  });

  it('lists the agency queue by deadline, flags overdue tips and shows no other agency', async () => {
    const { hotline, user } = await operator();
    const urgent = await aTip(t.db, t.sealer, t.clock.now(), { childInvolved: true });
    const normal = await aTip(t.db, t.sealer, t.clock.now());
    const elsewhere = await anAgency(t.db);
    await aRoutingRule(t.db, { agencyId: elsewhere.id });
    const foreign = await aTip(t.db, t.sealer, t.clock.now());
    await aRoutingRule(t.db, { agencyId: hotline.id });
    t.clock.advanceMs(3 * 3_600_000);
    // A fresh session: the app clock moved past the first one's expiry.
    const headers = await sessionFor(t.db, user, t.clock.now());
    const res = await t.app.inject({ url: '/api/tips?status=new', headers });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { id: string; isOverdue: boolean }[] }>().items;
    const ids = items.map((item) => item.id);
    expect(ids).not.toContain(foreign.id);
    expect(ids.indexOf(urgent.id)).toBeLessThan(ids.indexOf(normal.id));
    expect(items.find((item) => item.id === urgent.id)?.isOverdue).toBe(true);
    expect(items.find((item) => item.id === normal.id)?.isOverdue).toBe(false);
  });

  it('closes a tip with a reason and refuses to triage it afterwards', async () => {
    const { headers, hotline } = await operator();
    const tip = await aTip(t.db, t.sealer, t.clock.now());
    const closed = await t.app.inject({
      method: 'POST',
      url: `/api/tips/${tip.id}/close`,
      headers,
      payload: { reason: 'duplicate', note: 'SYNTH duplicate of an earlier tip', version: 1 },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closeReason: 'duplicate' });
    const triage = await t.app.inject({
      method: 'POST',
      url: `/api/tips/${tip.id}/triage`,
      headers,
      payload: { category: 'Other', priority: 'low', assignedAgencyId: hotline.id, version: 2 },
    });
    expect(triage.statusCode).toBe(409);
    expect(triage.json()).toMatchObject({ error: { code: 'tip.cannot_triage' } });
  });
});

describe('the public tip form rate limit', () => {
  it('answers 429 in the error shape once a client exceeds its quota', async () => {
    const app = await createTestApp({ rateLimits: { publicTipsPerMinute: 2 } });
    try {
      const hotline = await anAgency(app.db);
      await aRoutingRule(app.db, { agencyId: hotline.id });
      const send = () =>
        app.app.inject({ method: 'POST', url: '/api/public/tips', payload: A_TIP });
      expect((await send()).statusCode).toBe(201);
      expect((await send()).statusCode).toBe(201);
      const limited = await send();
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    } finally {
      await app.close();
    }
  });
});

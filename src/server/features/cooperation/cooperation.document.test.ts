import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { aCooperationRequest } from '#test/factories/cooperation.js';
import { anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();

let prosecution: { id: string };
let prosecutor: TestUser;
let otherProsecutor: TestUser;
let coordinator: TestUser;

beforeAll(async () => {
  prosecution = await anAgency(t.db, { kind: 'prosecution' });
  const other = await anAgency(t.db, { kind: 'prosecution' });
  prosecutor = await aUser(t.db, t.sealer, { agencyId: prosecution.id, roles: ['prosecutor'] });
  otherProsecutor = await aUser(t.db, t.sealer, { agencyId: other.id, roles: ['prosecutor'] });
  coordinator = await aUser(t.db, t.sealer, {
    agencyId: other.id,
    roles: ['national_coordinator'],
  });
});

async function getDocument(user: TestUser, id: string, lang: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/cooperation/requests/${id}/document?lang=${lang}`,
    headers: await sessionFor(t.db, user, t.clock.now()),
  });
}

async function aRequest() {
  return aCooperationRequest(t.db, t.sealer, {
    ownerAgencyId: prosecution.id,
    createdByUserId: prosecutor.id,
    status: 'checked',
  });
}

describe('GET /api/cooperation/requests/:id/document', () => {
  // CI installs Debian's chromium before the tests; a machine without it skips only this render.
  // eslint-disable-next-line n/no-process-env -- the same variable the server's config reads
  it.skipIf(!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'))(
    'renders the Arabic request as a PDF, inline, and audits the read',
    async () => {
      const { id, reference } = await aRequest();
      const res = await getDocument(prosecutor, id, 'ar');
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`inline; filename="${reference}-ar.pdf"`);
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.rawPayload.length).toBeGreaterThan(10_000);
      const audit = await t.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('subject_id', '=', id)
        .execute();
      expect(audit).toEqual([{ action: 'cooperation.document', details: { lang: 'ar' } }]);
    },
    60_000,
  );

  it('refuses a language other than ar, fr and en', async () => {
    const { id } = await aRequest();
    expect((await getDocument(prosecutor, id, 'de')).statusCode).toBe(400);
  });

  it('does not exist for a prosecutor of another agency, and is refused to the coordinator', async () => {
    const { id } = await aRequest();
    expect((await getDocument(otherProsecutor, id, 'en')).statusCode).toBe(404);
    expect((await getDocument(coordinator, id, 'en')).statusCode).toBe(403);
  });
});

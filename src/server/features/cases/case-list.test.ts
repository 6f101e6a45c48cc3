import { describe, expect, it } from 'vitest';
import { aCase, anAgency, aUser, sessionFor } from '#test/factories/index.js';
import { useTestApp } from '#test/helpers/test-app.js';

describe('the case list: filters and saved views', () => {
  const t = useTestApp();

  async function coordinatorWithCases() {
    const ministry = await anAgency(t.db, { kind: 'ministry' });
    const coordinator = await aUser(t.db, t.sealer, {
      agencyId: ministry.id,
      roles: ['national_coordinator'],
    });
    const mine = await aCase(t.db, { agencyId: ministry.id, assigneeIds: [coordinator.id] });
    const other = await aCase(t.db, { agencyId: ministry.id });
    await t.db
      .updateTable('case_file')
      .set({ status: 'closed' })
      .where('id', '=', other.id)
      .execute();
    return { mine, other, headers: await sessionFor(t.db, coordinator, t.clock.now()) };
  }

  const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

  it('filters by status and by assignment, in SQL, with a matching total', async () => {
    const { mine, other, headers } = await coordinatorWithCases();
    const closed = await t.app.inject({ url: '/api/cases?status=closed&limit=200', headers });
    expect(ids(closed.json())).toContain(other.id);
    expect(ids(closed.json())).not.toContain(mine.id);
    const assigned = await t.app.inject({ url: '/api/cases?mine=true&limit=200', headers });
    const body = assigned.json<{ items: { id: string }[]; total: number }>();
    expect(ids(body)).toEqual([mine.id]);
    expect(body.total).toBe(1);
  });

  it('keeps saved views personal and refuses a duplicate name', async () => {
    const { headers } = await coordinatorWithCases();
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/case-views',
      headers,
      payload: {
        name: 'SYNTH my open leads',
        filters: { status: 'open', kind: 'lead', mine: 'true' },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/case-views',
      headers,
      payload: { name: 'SYNTH my open leads', filters: {} },
    });
    expect(again.statusCode).toBe(409);
    const list = await t.app.inject({ url: '/api/case-views', headers });
    expect(list.json()).toMatchObject({
      items: [
        { name: 'SYNTH my open leads', filters: { status: 'open', kind: 'lead', mine: 'true' } },
      ],
    });
    const { headers: otherHeaders } = await coordinatorWithCases();
    const id = created.json<{ id: string }>().id;
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/case-views/${id}`,
      headers: otherHeaders,
    });
    expect(foreign.statusCode).toBe(404);
    const own = await t.app.inject({ method: 'DELETE', url: `/api/case-views/${id}`, headers });
    expect(own.statusCode).toBe(204);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((row) => row.action)).toEqual(['case_view.create', 'case_view.delete']);
  });
});

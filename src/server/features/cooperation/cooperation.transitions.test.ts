import { beforeAll, describe, expect, it } from 'vitest';
import type { CooperationRequestDetail } from '#shared/contracts/cooperation.js';
import {
  COOPERATION_COMMAND_PATH,
  COOPERATION_COMMANDS,
  COOPERATION_STATUSES,
  isoDay,
  nextCooperationStatus,
  type CooperationCommand,
  type CooperationStatus,
} from '#shared/domain/cooperation.js';
import { aCooperationRequest, cooperationFootprint } from '#test/factories/cooperation.js';
import { anAgency, aUser, sessionFor, type TestUser } from '#test/factories/index.js';
import { auditActionsFor } from '#test/helpers/db-inspect.js';
import { useTestApp } from '#test/helpers/test-app.js';

const t = useTestApp();
const DAY = 86_400_000;

let prosecution: { id: string };
let prosecutor: TestUser;
let otherProsecutor: TestUser;
let central: TestUser;

beforeAll(async () => {
  prosecution = await anAgency(t.db, { kind: 'prosecution' });
  const other = await anAgency(t.db, { kind: 'prosecution' });
  const centralAgency = await anAgency(t.db, { kind: 'central_authority' });
  prosecutor = await aUser(t.db, t.sealer, { agencyId: prosecution.id, roles: ['prosecutor'] });
  otherProsecutor = await aUser(t.db, t.sealer, { agencyId: other.id, roles: ['prosecutor'] });
  central = await aUser(t.db, t.sealer, {
    agencyId: centralAgency.id,
    roles: ['central_authority_officer'],
  });
});

const bodyOf = (command: CooperationCommand, version = 1): Record<string, unknown> => {
  switch (command) {
    case 'return':
      return { version, reason: 'SYNTH: the summary of facts needs dates' };
    case 'send':
      return { version, channel: 'CENTRAL_AUTHORITY', transmissionReference: 'SYNTH-NV-2026-15' };
    case 'acknowledge':
      return { version, foreignReference: 'SYNTH-TUN-881', acknowledgedOn: isoDay(t.clock.now()) };
    case 'refuse':
      return { version, ground: 'dual_criminality' };
    default:
      return { version };
  }
};

async function requestIn(status: CooperationStatus, options: { urgency?: 'urgent' } = {}) {
  return aCooperationRequest(t.db, t.sealer, {
    ownerAgencyId: prosecution.id,
    createdByUserId: prosecutor.id,
    status,
    ...options,
  });
}

async function give(
  user: TestUser,
  id: string,
  command: CooperationCommand,
  body = bodyOf(command),
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/cooperation/requests/${id}/${COOPERATION_COMMAND_PATH[command]}`,
    headers: await sessionFor(t.db, user, t.clock.now()),
    payload: body,
  });
}

describe('every command from every status (outgoing, central authority)', () => {
  for (const command of COOPERATION_COMMANDS) {
    for (const status of COOPERATION_STATUSES) {
      const next = nextCooperationStatus(status, command, 'outgoing');
      if (next) {
        it(`${command} moves ${status} to ${next}, with its event and audit row`, async () => {
          const { id } = await requestIn(status);
          const res = await give(central, id, command);
          expect(res.statusCode, res.body).toBe(200);
          const detail = res.json<CooperationRequestDetail>();
          expect(detail).toMatchObject({ status: next, version: 2 });
          expect(detail.events.at(-1)).toMatchObject({ fromStatus: status, toStatus: next });
          expect(await auditActionsFor(t.db, id)).toEqual([
            `cooperation.${command}`,
            'cooperation.read',
          ]);
        });
      } else {
        it(`${command} from ${status} answers 409 and changes nothing`, async () => {
          const { id } = await requestIn(status);
          const before = await cooperationFootprint(t.db, id);
          const res = await give(central, id, command);
          expect(res.statusCode).toBe(409);
          expect(res.json()).toMatchObject({
            error: {
              code: `cooperation.cannot_${command}`,
              messageKey: 'errors.invalidTransition',
            },
          });
          expect(await cooperationFootprint(t.db, id)).toEqual(before);
        });
      }
    }
  }
});

describe('routing prosecutor → central authority → foreign authority', () => {
  it('lets the drafting prosecutor check but not send, return or acknowledge', async () => {
    const { id } = await requestIn('draft');
    expect((await give(prosecutor, id, 'check')).statusCode).toBe(200);
    for (const command of ['send', 'return'] as const) {
      const before = await cooperationFootprint(t.db, id);
      expect((await give(prosecutor, id, command, bodyOf(command, 2))).statusCode).toBe(403);
      expect(await cooperationFootprint(t.db, id)).toEqual(before);
    }
    expect((await give(central, id, 'send', bodyOf('send', 2))).statusCode).toBe(200);
    expect((await give(prosecutor, id, 'acknowledge', bodyOf('acknowledge', 3))).statusCode).toBe(
      403,
    );
  });

  it('refuses to send a draft that was never checked', async () => {
    const { id } = await requestIn('draft');
    const before = await cooperationFootprint(t.db, id);
    const res = await give(central, id, 'send');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'cooperation.cannot_send' } });
    expect(await cooperationFootprint(t.db, id)).toEqual(before);
  });

  it('refuses to send a checked request that no longer passes the check', async () => {
    const { id } = await requestIn('checked');
    // The requested State changed to one that takes French only: the Arabic request fails.
    await t.db
      .updateTable('coop_request')
      .set({ foreign_country: 'SEN' })
      .where('id', '=', id)
      .execute();
    const before = await cooperationFootprint(t.db, id);
    const res = await give(central, id, 'send');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'cooperation.incomplete', details: { missing: [{ code: 'language' }] } },
    });
    expect(await cooperationFootprint(t.db, id)).toEqual(before);
  });

  it('records the sending receipt and sets the due date (normal: 60 days)', async () => {
    const { id } = await requestIn('checked');
    const res = await give(central, id, 'send');
    const detail = res.json<CooperationRequestDetail>();
    const now = t.clock.now();
    expect(detail.sentAt).not.toBeNull();
    expect(detail.channel).toBe('CENTRAL_AUTHORITY');
    expect(detail.dueOn).toBe(isoDay(new Date(now.getTime() + 60 * DAY)));
    expect(detail.events.at(-1)).toMatchObject({
      type: 'sent',
      channel: 'CENTRAL_AUTHORITY',
      transmissionReference: 'SYNTH-NV-2026-15',
    });
    expect(detail.events.at(-1)?.actorName).toMatch(/^SYNTH User/);
  });

  it('gives an urgent request its due date at the reminder day (30 days)', async () => {
    const { id } = await requestIn('checked', { urgency: 'urgent' });
    const detail = (await give(central, id, 'send')).json<CooperationRequestDetail>();
    expect(detail.dueOn).toBe(isoDay(new Date(t.clock.now().getTime() + 30 * DAY)));
  });

  it('keeps an earlier due date the drafter asked for', async () => {
    const { id } = await requestIn('checked');
    const wished = isoDay(new Date(t.clock.now().getTime() + 10 * DAY));
    await t.db.updateTable('coop_request').set({ due_on: wished }).where('id', '=', id).execute();
    const detail = (await give(central, id, 'send')).json<CooperationRequestDetail>();
    expect(detail.dueOn).toBe(wished);
  });

  it('routes a request back to its drafter with the reason', async () => {
    const { id } = await requestIn('checked');
    const detail = (await give(central, id, 'return')).json<CooperationRequestDetail>();
    expect(detail.status).toBe('draft');
    expect(detail.events.at(-1)).toMatchObject({
      type: 'returned',
      note: 'SYNTH: the summary of facts needs dates',
    });
    const missingReason = await give(central, (await requestIn('checked')).id, 'return', {
      version: 1,
    });
    expect(missingReason.statusCode).toBe(400);
  });

  it('records the acknowledgement receipt of the other State', async () => {
    const { id } = await requestIn('sent');
    const detail = (await give(central, id, 'acknowledge')).json<CooperationRequestDetail>();
    expect(detail).toMatchObject({ status: 'acknowledged', foreignReference: 'SYNTH-TUN-881' });
    expect(detail.acknowledgedAt).not.toBeNull();
    expect(detail.events.at(-1)).toMatchObject({
      type: 'acknowledged',
      foreignReference: 'SYNTH-TUN-881',
      receiptOn: isoDay(t.clock.now()),
    });
  });

  it('needs the other State’s reference to acknowledge an outgoing request, not an incoming one', async () => {
    const outgoing = await requestIn('sent');
    const body = { version: 1, acknowledgedOn: isoDay(t.clock.now()) };
    const before = await cooperationFootprint(t.db, outgoing.id);
    expect((await give(central, outgoing.id, 'acknowledge', body)).statusCode).toBe(400);
    expect(await cooperationFootprint(t.db, outgoing.id)).toEqual(before);
    const incoming = await aCooperationRequest(t.db, t.sealer, {
      ownerAgencyId: prosecution.id,
      createdByUserId: central.id,
      direction: 'incoming',
      status: 'sent',
    });
    const res = await give(central, incoming.id, 'acknowledge', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'acknowledged', foreignReference: null });
  });

  it('refuses an acknowledgement dated in the future, changing nothing', async () => {
    const { id } = await requestIn('sent');
    const before = await cooperationFootprint(t.db, id);
    const res = await give(central, id, 'acknowledge', {
      ...bodyOf('acknowledge'),
      acknowledgedOn: isoDay(new Date(t.clock.now().getTime() + 3 * DAY)),
    });
    expect(res.statusCode).toBe(400);
    expect(await cooperationFootprint(t.db, id)).toEqual(before);
  });

  it('records the refusal ground and closes the request; no fiscal ground exists', async () => {
    const { id } = await requestIn('acknowledged');
    const fiscal = await give(central, id, 'refuse', { version: 1, ground: 'fiscal_matters' });
    expect(fiscal.statusCode).toBe(400);
    const detail = (await give(central, id, 'refuse')).json<CooperationRequestDetail>();
    expect(detail).toMatchObject({ status: 'refused', refusalGround: 'dual_criminality' });
    expect(detail.closedAt).not.toBeNull();
    expect(detail.events.at(-1)?.data).toEqual({ ground: 'dual_criminality' });
  });

  it('lets the drafting prosecutor withdraw, not a prosecutor of another agency', async () => {
    const { id } = await requestIn('sent');
    expect((await give(otherProsecutor, id, 'withdraw')).statusCode).toBe(404);
    const res = await give(prosecutor, id, 'withdraw', { version: 1, note: 'SYNTH: case closed' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn' });
  });

  it('records the other State executing an outgoing request, partially then fully', async () => {
    const { id } = await requestIn('in_execution');
    expect((await give(prosecutor, id, 'partially_execute')).statusCode).toBe(403);
    expect((await give(central, id, 'partially_execute')).statusCode).toBe(200);
    const detail = (
      await give(central, id, 'execute', { version: 2 })
    ).json<CooperationRequestDetail>();
    expect(detail.status).toBe('executed');
    expect(detail.executedAt).not.toBeNull();
    expect(detail.isOverdue).toBe(false);
  });

  it('refuses an executing agency on an outgoing request', async () => {
    const { id } = await requestIn('sent');
    const res = await give(central, id, 'start_execution', {
      version: 1,
      executingAgencyId: prosecution.id,
    });
    expect(res.statusCode).toBe(400);
  });

  it('refuses a stale version with 409', async () => {
    const { id } = await requestIn('sent');
    const before = await cooperationFootprint(t.db, id);
    const res = await give(central, id, 'acknowledge', bodyOf('acknowledge', 7));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'version_conflict' } });
    expect(await cooperationFootprint(t.db, id)).toEqual(before);
  });
});

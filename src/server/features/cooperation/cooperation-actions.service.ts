import {
  COOPERATION_INCOMPLETE_CODE,
  COOPERATION_INCOMPLETE_MESSAGE_KEY,
} from '#shared/contracts/cooperation.js';
import type { MissingItem } from '#shared/domain/cooperation-check.js';
import {
  COOPERATION_EVENT_OF,
  dueOnAtSend,
  isCooperationClosed,
  isoDay,
  ladderDays,
  nextCooperationStatus,
  type CooperationCommand,
  type CooperationUrgency,
  type RefusalGround,
} from '#shared/domain/cooperation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import type { CoopRequestTable } from '#server/platform/db/schema-cooperation.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  AppError,
  InvalidInputError,
  InvalidTransitionError,
  StaleVersionError,
} from '#server/platform/errors.js';
import type { Updateable } from 'kysely';
import type { CooperationScope } from './cooperation.policy.js';
import {
  findAgencyOfCountry,
  findCooperationRequest,
  findCooperationVersion,
  findCountryLadder,
  insertCooperationEvent,
  updateCooperationRequest,
  type NewCooperationEvent,
} from './cooperation.repo.js';
import {
  checkStoredRequest,
  openContents,
  type CooperationContext,
} from './cooperation.service.js';

/** A check or send refused because items are missing: 409 with the list, nothing changed. */
export class CooperationIncompleteError extends AppError {
  override name = 'CooperationIncompleteError';
  constructor(missing: MissingItem[]) {
    super('invalid_transition', COOPERATION_INCOMPLETE_CODE, COOPERATION_INCOMPLETE_MESSAGE_KEY, {
      missing,
    });
  }
}

/** Every command body has a version; the others are required by the contract of one command. */
export type CooperationCommandInput = {
  version: number;
  note?: string | undefined;
  reason?: string | undefined;
  channel?: string | undefined;
  transmissionReference?: string | undefined;
  foreignReference?: string | undefined;
  acknowledgedOn?: string | undefined;
  executingAgencyId?: string | undefined;
  ground?: RefusalGround | undefined;
};

type Effect = {
  changes: Updateable<CoopRequestTable>;
  data: Record<string, string | number | boolean | null>;
  receipt?: NewCooperationEvent['receipt'];
};

const invalid = (code: string, path: string, message: string) =>
  new InvalidInputError(code, 'errors.validation', [{ path, message }]);

async function assertComplete(trx: Db, ctx: CooperationContext, requestId: string) {
  const row = await findCooperationRequest(trx, requestId);
  const missing = checkStoredRequest(row, openContents(ctx.sealer, row.contents_sealed), ctx.now);
  if (missing.length > 0) throw new CooperationIncompleteError(missing);
  return row;
}

async function sendEffect(
  trx: Db,
  ctx: CooperationContext,
  scope: CooperationScope,
  input: CooperationCommandInput,
): Promise<Effect> {
  // A checked request cannot change without going back to draft, but the check also depends on
  // reference data (languages of the requested State): it runs again at the moment of sending.
  const row = await assertComplete(trx, ctx, scope.id);
  const ladder = ladderDays(await findCountryLadder(trx, scope.country_code), 'normal');
  const urgency = row.urgency as CooperationUrgency;
  const dueOn = dueOnAtSend(ctx.now, urgency, ladder, row.due_on);
  return {
    changes: { channel: input.channel ?? null, sent_at: ctx.now, due_on: dueOn },
    data: { channel: input.channel ?? null, dueOn },
    receipt: {
      channel: input.channel ?? null,
      transmissionReference: input.transmissionReference ?? null,
    },
  };
}

async function acknowledgeEffect(
  trx: Db,
  ctx: CooperationContext,
  scope: CooperationScope,
  input: CooperationCommandInput,
): Promise<Effect> {
  if (scope.direction === 'outgoing' && input.foreignReference === undefined) {
    throw invalid(
      'cooperation.foreign_reference_required',
      'body.foreignReference',
      'the other State acknowledges with its reference',
    );
  }
  const row = await findCooperationRequest(trx, scope.id);
  const day = input.acknowledgedOn ?? '';
  const sentDay = row.sent_at ? isoDay(row.sent_at) : '';
  if (day > isoDay(ctx.now) || day < sentDay) {
    throw invalid(
      'cooperation.acknowledged_on_invalid',
      'body.acknowledgedOn',
      'not between sending and today',
    );
  }
  return {
    changes: {
      acknowledged_at: ctx.now,
      ...(scope.direction === 'outgoing'
        ? { foreign_reference: input.foreignReference ?? null }
        : {}),
    },
    data: { acknowledgedOn: day },
    receipt: { foreignReference: input.foreignReference ?? null, receiptOn: day },
  };
}

async function startExecutionEffect(
  trx: Db,
  scope: CooperationScope,
  input: CooperationCommandInput,
): Promise<Effect> {
  const agencyId = input.executingAgencyId;
  if (scope.direction === 'outgoing') {
    if (agencyId !== undefined) {
      throw invalid(
        'cooperation.executing_agency_outgoing',
        'body.executingAgencyId',
        'the other State executes an outgoing request',
      );
    }
    return { changes: {}, data: {} };
  }
  if (agencyId === undefined || !(await findAgencyOfCountry(trx, agencyId, scope.country_code))) {
    throw invalid(
      'cooperation.executing_agency_required',
      'body.executingAgencyId',
      'an active agency of this country executes it',
    );
  }
  return { changes: { executing_agency_id: agencyId }, data: { executingAgencyId: agencyId } };
}

async function effectOf(
  trx: Db,
  ctx: CooperationContext,
  scope: CooperationScope,
  command: CooperationCommand,
  input: CooperationCommandInput,
): Promise<Effect> {
  switch (command) {
    case 'check':
      await assertComplete(trx, ctx, scope.id);
      return { changes: {}, data: {} };
    case 'send':
      return sendEffect(trx, ctx, scope, input);
    case 'acknowledge':
      return acknowledgeEffect(trx, ctx, scope, input);
    case 'start_execution':
      return startExecutionEffect(trx, scope, input);
    case 'execute':
      return { changes: { executed_at: ctx.now }, data: {} };
    case 'refuse':
      return {
        changes: { refusal_ground: input.ground ?? null },
        data: { ground: input.ground ?? null },
      };
    case 'return':
    case 'partially_execute':
    case 'withdraw':
      return { changes: {}, data: {} };
  }
}

/**
 * Moves a request one step. The state row, the append-only event (with its receipt) and the
 * audit row commit together; a move the lifecycle does not allow, an incomplete request, a bad
 * receipt or a stale version changes nothing.
 */
export async function applyCooperationCommand(
  ctx: CooperationContext,
  actor: Actor,
  scope: CooperationScope,
  command: CooperationCommand,
  input: CooperationCommandInput,
): Promise<void> {
  const status = nextCooperationStatus(scope.status, command, scope.direction);
  if (!status) throw new InvalidTransitionError(`cooperation.cannot_${command}`);
  if (input.version !== scope.version) throw new StaleVersionError(scope.version);
  const note = input.reason ?? input.note;
  await inTransaction(ctx.db, async (trx) => {
    const effect = await effectOf(trx, ctx, scope, command, input);
    const updated = await updateCooperationRequest(
      trx,
      { id: scope.id, version: input.version, fromStatus: scope.status },
      { ...effect.changes, status, ...(isCooperationClosed(status) ? { closed_at: ctx.now } : {}) },
      ctx.now,
    );
    if (!updated) throw new StaleVersionError(await findCooperationVersion(trx, scope.id));
    const data = { from: scope.status, to: status, ...effect.data };
    await insertCooperationEvent(trx, {
      id: newId(),
      requestId: scope.id,
      type: COOPERATION_EVENT_OF[command],
      fromStatus: scope.status,
      toStatus: status,
      data: effect.data,
      ...(effect.receipt ? { receipt: effect.receipt } : {}),
      noteSealed: note ? ctx.sealer.seal(note) : null,
      actor,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: `cooperation.${command}`,
      subject: ['coop_request', scope.id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

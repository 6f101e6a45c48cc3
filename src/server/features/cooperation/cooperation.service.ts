import {
  CooperationContents,
  type CooperationRequestCreateInput,
  type CooperationRequestUpdateInput,
} from '#shared/contracts/cooperation.js';
import { checkRequest, type MissingItem } from '#shared/domain/cooperation-check.js';
import {
  dueOnAtSend,
  ladderDays,
  referencePrefixOf,
  statusAfterEdit,
} from '#shared/domain/cooperation.js';
import { isMeasureOfType } from '#shared/reference/cooperation-codes.js';
import type { Insertable } from 'kysely';
import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import {
  formatReference,
  nextReferenceNumber,
} from '#server/platform/db/reference-counter.repo.js';
import type { Db } from '#server/platform/db/schema.js';
import type { CoopRequestTable } from '#server/platform/db/schema-cooperation.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  ForbiddenError,
  InvalidInputError,
  InvalidTransitionError,
  StaleVersionError,
} from '#server/platform/errors.js';
import { canDraftType, isCentralAuthority, type CooperationScope } from './cooperation.policy.js';
import {
  findCooperationRequest,
  findCooperationVersion,
  findCountryLadder,
  insertCooperationEvent,
  insertCooperationRequest,
  isLinkedFileInCountry,
  updateCooperationRequest,
  type CooperationRow,
} from './cooperation.repo.js';

export type CooperationContext = { db: Db; sealer: Sealer; now: Date; requestId: string };

export function openContents(sealer: Sealer, sealed: Buffer): CooperationContents {
  return CooperationContents.parse(JSON.parse(sealer.openText(sealed)));
}

/** The pre-send check of a stored request. */
export function checkStoredRequest(
  row: CooperationRow,
  contents: CooperationContents,
  now: Date,
): MissingItem[] {
  return checkRequest(
    {
      type: row.type,
      foreignCountry: row.foreign_country,
      requestingAuthority: row.requesting_authority,
      requestedAuthority: row.requested_authority,
      legalBasis: row.legal_basis,
      legalBasisInstrument: row.legal_basis_instrument,
      legalBasisDetail: row.legal_basis_detail,
      language: row.language,
      translationLanguages: row.translation_languages,
      measures: row.measures,
      contents,
    },
    now,
  );
}

function assertMeasuresOfType(type: string, measures: readonly string[]) {
  const foreign = measures.filter((measure) => !isMeasureOfType(type, measure));
  if (foreign.length > 0) {
    throw new InvalidInputError('cooperation.measure_not_of_type', 'errors.validation', [
      { path: 'body.measures', message: `not a measure of ${type}: ${foreign.join(', ')}` },
    ]);
  }
}

async function assertLinkedFiles(trx: Db, actor: Actor, input: CooperationRequestCreateInput) {
  if (input.direction !== 'outgoing') return;
  const links = [
    ['investigation', input.investigationId],
    ['prosecution', input.prosecutionId],
  ] as const;
  for (const [table, id] of links) {
    if (id !== null && !(await isLinkedFileInCountry(trx, table, id, actor.countryCode))) {
      throw new InvalidInputError('cooperation.unknown_linked_file', 'errors.validation', [
        { path: `body.${table}Id`, message: `no such ${table} in this country` },
      ]);
    }
  }
}

/** Who may record which direction: drafters (by type) outgoing, the central authority incoming. */
function assertMayCreate(actor: Actor, input: CooperationRequestCreateInput, now: Date) {
  if (input.direction === 'incoming') {
    if (!isCentralAuthority(actor)) throw new ForbiddenError('cooperation.incoming_central_only');
    if (Date.parse(input.receivedAt) > now.getTime()) {
      throw new InvalidInputError('cooperation.received_in_future', 'errors.validation', [
        { path: 'body.receivedAt', message: 'received after now' },
      ]);
    }
  } else if (!canDraftType(actor, input.type)) {
    throw new ForbiddenError('cooperation.type_not_allowed');
  }
  assertMeasuresOfType(input.type, input.measures);
}

/** The current-state row of a new request: its reference, draft fields and, incoming, receipt. */
async function newRequestRow(
  trx: Db,
  ctx: CooperationContext,
  actor: Actor,
  input: CooperationRequestCreateInput,
  id: string,
): Promise<Insertable<CoopRequestTable>> {
  const year = ctx.now.getUTCFullYear();
  const prefix = referencePrefixOf(input.type);
  const n = await nextReferenceNumber(trx, `${prefix}-${actor.countryCode}-${year}`);
  const isIncoming = input.direction === 'incoming';
  const receivedAt = isIncoming ? new Date(input.receivedAt) : null;
  const ladder = ladderDays(await findCountryLadder(trx, actor.countryCode), 'normal');
  return {
    id,
    reference: formatReference(prefix, actor.countryCode, year, n),
    country_code: actor.countryCode,
    direction: input.direction,
    type: input.type,
    status: isIncoming ? 'sent' : 'draft',
    owner_agency_id: actor.agencyId,
    investigation_id: isIncoming ? null : input.investigationId,
    prosecution_id: isIncoming ? null : input.prosecutionId,
    foreign_country: input.foreignCountry,
    created_at: ctx.now,
    created_by_user_id: actor.userId,
    ...draftColumns(input),
    channel: isIncoming ? input.channel : null,
    foreign_reference: isIncoming ? input.foreignReference : null,
    contents_sealed: ctx.sealer.seal(JSON.stringify(input.contents)),
    sent_at: receivedAt,
    // An incoming request's answer is due like a sent one's, from the day it arrived.
    due_on: receivedAt ? dueOnAtSend(receivedAt, input.urgency, ladder, input.dueOn) : input.dueOn,
    updated_at: ctx.now,
  };
}

/**
 * Records a request: an outgoing draft (owned by the drafter's agency) or an incoming request as
 * received (status `sent`, owned by the central authority's agency). Row, first event and audit
 * row commit together.
 */
export async function createCooperationRequest(
  ctx: CooperationContext,
  actor: Actor,
  input: CooperationRequestCreateInput,
): Promise<{ id: string }> {
  assertMayCreate(actor, input, ctx.now);
  return inTransaction(ctx.db, async (trx) => {
    await assertLinkedFiles(trx, actor, input);
    const id = newId();
    const isIncoming = input.direction === 'incoming';
    await insertCooperationRequest(trx, await newRequestRow(trx, ctx, actor, input, id));
    const data = {
      direction: input.direction,
      type: input.type,
      foreignCountry: input.foreignCountry,
    };
    await insertCooperationEvent(trx, {
      id: newId(),
      requestId: id,
      type: isIncoming ? 'received' : 'drafted',
      fromStatus: null,
      toStatus: isIncoming ? 'sent' : 'draft',
      data,
      receipt: isIncoming
        ? { channel: input.channel, foreignReference: input.foreignReference }
        : {},
      noteSealed: null,
      actor,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: 'cooperation.create',
      subject: ['coop_request', id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return { id };
  });
}

type DraftColumnInput = Partial<Omit<CooperationRequestUpdateInput, 'version' | 'contents'>>;

/** The drafter's columns present in `input`, by column name. */
function draftColumns(input: DraftColumnInput) {
  const columns = {
    urgency: input.urgency,
    legal_basis: input.legalBasis,
    legal_basis_instrument: input.legalBasisInstrument,
    legal_basis_detail: input.legalBasisDetail,
    language: input.language,
    translation_languages: input.translationLanguages
      ? [...new Set(input.translationLanguages)]
      : undefined,
    measures: input.measures ? [...new Set(input.measures)] : undefined,
    requesting_authority: input.requestingAuthority,
    requested_authority: input.requestedAuthority,
    due_on: input.dueOn,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as {
    [K in keyof typeof columns]?: Exclude<(typeof columns)[K], undefined>;
  };
}

/**
 * Edits a draft. Editing a checked request puts it back to draft: it must pass the check again
 * before the central authority can send it. Sent (and incoming) requests are not editable.
 */
export async function editCooperationRequest(
  ctx: CooperationContext,
  actor: Actor,
  scope: CooperationScope,
  input: CooperationRequestUpdateInput,
): Promise<void> {
  const status = statusAfterEdit(scope.status, scope.direction);
  if (!status) throw new InvalidTransitionError('cooperation.not_editable');
  const { version, contents, ...fields } = input;
  if (fields.measures) assertMeasuresOfType(scope.type, fields.measures);
  const columns = draftColumns(fields);
  const changed = [...Object.keys(fields), ...(contents ? ['contents'] : [])].sort();
  await inTransaction(ctx.db, async (trx) => {
    const updated = await updateCooperationRequest(
      trx,
      { id: scope.id, version, fromStatus: scope.status },
      {
        ...columns,
        status,
        ...(contents ? { contents_sealed: ctx.sealer.seal(JSON.stringify(contents)) } : {}),
      },
      ctx.now,
    );
    if (!updated) throw new StaleVersionError(await findCooperationVersion(trx, scope.id));
    const data = { fields: changed.join(','), from: scope.status, to: status };
    await insertCooperationEvent(trx, {
      id: newId(),
      requestId: scope.id,
      type: 'edited',
      fromStatus: scope.status,
      toStatus: status,
      data,
      noteSealed: null,
      actor,
      now: ctx.now,
    });
    await writeAudit(trx, {
      actor,
      action: 'cooperation.update',
      subject: ['coop_request', scope.id],
      details: data,
      requestId: ctx.requestId,
      now: ctx.now,
    });
  });
}

/** The pre-send check without any change (GET …/check): not audited, it returns codes only. */
export async function previewCheck(ctx: CooperationContext, requestId: string) {
  const row = await findCooperationRequest(ctx.db, requestId);
  return checkStoredRequest(row, openContents(ctx.sealer, row.contents_sealed), ctx.now);
}

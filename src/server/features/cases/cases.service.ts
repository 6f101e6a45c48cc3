import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import {
  formatReference,
  nextReferenceNumber,
} from '#server/platform/db/reference-counter.repo.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import {
  appendCaseEvent,
  findAssignableUser,
  findCaseDetail,
  insertAssignment,
  insertCase,
  moveCaseToAgency,
} from './cases.repo.js';
import { InvalidInputError } from '#server/platform/errors.js';

/**
 * Opens a case (or lead) owned by `agencyId`, assigns the opener, and audits it. Joins the
 * caller's transaction so a tip conversion and its case commit or fail together.
 */
export async function openCase(
  db: Db,
  actor: Actor,
  input: {
    kind: 'victim_case' | 'lead';
    title: string;
    agencyId: string;
    sourceTipId: string | null;
  },
  now: Date,
  requestId: string,
): Promise<{ id: string; reference: string }> {
  return inTransaction(db, async (trx) => {
    const year = now.getUTCFullYear();
    const prefix = input.kind === 'lead' ? 'LEAD' : 'CASE';
    const n = await nextReferenceNumber(trx, `${prefix}-${actor.countryCode}-${year}`);
    const id = newId();
    const reference = formatReference(prefix, actor.countryCode, year, n);
    await insertCase(trx, {
      id,
      reference,
      countryCode: actor.countryCode,
      agencyId: input.agencyId,
      kind: input.kind,
      title: input.title,
      sourceTipId: input.sourceTipId,
      openedBy: actor.userId,
      now,
    });
    await insertAssignment(trx, id, actor.userId, now);
    const data = { kind: input.kind, sourceTipId: input.sourceTipId };
    await appendCaseEvent(trx, {
      id: newId(),
      caseId: id,
      type: 'opened',
      actorUserId: actor.userId,
      data,
      now,
    });
    await writeAudit(trx, {
      actor,
      action: 'case.open',
      subject: ['case_file', id],
      details: data,
      requestId,
      now,
    });
    return { id, reference };
  });
}

/** Reading a case is itself an audited event. */
export async function viewCase(db: Db, actor: Actor, caseId: string, now: Date, requestId: string) {
  return inTransaction(db, async (trx) => {
    await writeAudit(trx, {
      actor,
      action: 'case.read',
      subject: ['case_file', caseId],
      requestId,
      now,
    });
    return findCaseDetail(trx, caseId);
  });
}

/** Brings a colleague (of any agency of the country) onto the case: need-to-know made explicit. */
export async function assignToCase(
  db: Db,
  actor: Actor,
  caseId: string,
  userId: string,
  now: Date,
  requestId: string,
) {
  return inTransaction(db, async (trx) => {
    const user = await findAssignableUser(trx, userId, actor.countryCode);
    if (!user) {
      throw new InvalidInputError('case.unknown_user', 'errors.validation', [
        { path: 'body.userId', message: 'no such active user in this country' },
      ]);
    }
    if (await insertAssignment(trx, caseId, userId, now)) {
      const data = { userId, agencyId: user.agency_id };
      await appendCaseEvent(trx, {
        id: newId(),
        caseId,
        type: 'assigned',
        actorUserId: actor.userId,
        data,
        now,
      });
      await writeAudit(trx, {
        actor,
        action: 'case.assign',
        subject: ['case_file', caseId],
        details: data,
        requestId,
        now,
      });
    }
  });
}

/** Completes an accepted transfer: new owner, old agency off the case, the acceptor on it. */
export async function handOverCase(
  trx: Db,
  actor: Actor,
  transfer: { caseId: string; fromAgencyId: string; toAgencyId: string; transferId: string },
  now: Date,
) {
  await moveCaseToAgency(trx, transfer.caseId, transfer.fromAgencyId, transfer.toAgencyId);
  await insertAssignment(trx, transfer.caseId, actor.userId, now);
  const data = {
    transferId: transfer.transferId,
    fromAgencyId: transfer.fromAgencyId,
    toAgencyId: transfer.toAgencyId,
  };
  await appendCaseEvent(trx, {
    id: newId(),
    caseId: transfer.caseId,
    type: 'transferred',
    actorUserId: actor.userId,
    data,
    now,
  });
}

/** Records a transfer step on the case timeline. */
export async function recordCaseEvent(
  trx: Db,
  event: {
    caseId: string;
    type: 'transfer_requested' | 'transfer_declined' | 'transfer_cancelled';
    actor: Actor;
    data: Record<string, unknown>;
    now: Date;
  },
) {
  await appendCaseEvent(trx, {
    id: newId(),
    caseId: event.caseId,
    type: event.type,
    actorUserId: event.actor.userId,
    data: event.data,
    now: event.now,
  });
}

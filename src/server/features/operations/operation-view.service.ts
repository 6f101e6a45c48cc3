import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { listArrests, listRescues, listSeizures } from './operation-outcomes.repo.js';
import { findOperation, listParticipants } from './operations.repo.js';
import type { OperationsContext } from './operations.service.js';

/** Opens an operation with its outcomes; who looked is recorded like any sensitive read. */
export async function viewOperation(ctx: OperationsContext, actor: Actor, operationId: string) {
  return inTransaction(ctx.db, async (trx) => {
    await writeAudit(trx, {
      actor,
      action: 'operation.read',
      subject: ['operation', operationId],
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return {
      operation: await findOperation(trx, operationId),
      participants: await listParticipants(trx, operationId),
      rescues: await listRescues(trx, operationId),
      arrests: await listArrests(trx, operationId),
      seizures: await listSeizures(trx, operationId),
    };
  });
}

export type OperationView = Awaited<ReturnType<typeof viewOperation>>;

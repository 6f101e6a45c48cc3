import { MAX_DOCUMENT_BYTES } from '#shared/contracts/victims.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { ForbiddenError, NotFoundError } from '#server/platform/errors.js';
import { checkFile } from '#server/platform/files/check-file.js';
import { canReadAssistance } from './consent-wall.js';
import { findDocument, insertDocument, listDocuments } from './documents.repo.js';
import type { VictimCaseScope } from './victims.policy.js';
import { listConsents } from './victims.repo.js';
import { requireVictim, type VictimsContext } from './victims.service.js';

async function requireAssistanceAccess(trx: Db, ctx: VictimsContext, kase: VictimCaseScope) {
  const victim = await requireVictim(trx, kase.id);
  if (!canReadAssistance(ctx.actor, kase, await listConsents(trx, victim.id))) {
    throw new ForbiddenError('victim.assistance_wall', 'errors.assistanceWall');
  }
  return victim;
}

export async function uploadDocument(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  input: { kind: string; filename: string; contentType: string; dataBase64: string },
): Promise<string> {
  const file = checkFile(input, {
    maxBytes: MAX_DOCUMENT_BYTES,
    fieldPath: 'body.dataBase64',
    errorCode: 'victim.document_invalid',
  });
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireVictim(trx, kase.id);
    const id = newId();
    await insertDocument(trx, {
      id,
      victim_id: victim.id,
      kind: input.kind,
      filename_sealed: ctx.sealer.seal(file.filename),
      content_type: file.contentType,
      size_bytes: file.content.length,
      sha256: file.sha256,
      content_sealed: ctx.sealer.seal(file.content),
      uploaded_by: ctx.actor.userId,
      uploaded_at: ctx.now,
    });
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.document.upload',
      subject: ['victim', victim.id],
      details: { documentId: id, kind: input.kind, sizeBytes: file.content.length },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return id;
  });
}

export async function listVictimDocuments(ctx: VictimsContext, kase: VictimCaseScope) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireAssistanceAccess(trx, ctx, kase);
    return listDocuments(trx, victim.id);
  });
}

/** Every download is an audited read of the person's file. */
export async function downloadDocument(
  ctx: VictimsContext,
  kase: VictimCaseScope,
  documentId: string,
) {
  return inTransaction(ctx.db, async (trx) => {
    const victim = await requireAssistanceAccess(trx, ctx, kase);
    const document = await findDocument(trx, victim.id, documentId);
    if (!document) throw new NotFoundError('victim.document_not_found');
    await writeAudit(trx, {
      actor: ctx.actor,
      action: 'victim.document.read',
      subject: ['victim', victim.id],
      details: { documentId },
      requestId: ctx.requestId,
      now: ctx.now,
    });
    return {
      filename: ctx.sealer.openText(document.filename_sealed),
      contentType: document.content_type,
      content: ctx.sealer.open(document.content_sealed),
    };
  });
}

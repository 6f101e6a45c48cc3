import type { Actor } from '#server/platform/authz/actor.js';
import { writeAudit } from '#server/platform/audit/index.js';
import type { Db } from '#server/platform/db/schema.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { listCustodyLinks, listEvidence } from './cooperation-evidence.repo.js';
import { findCooperationRequest, listCooperationEvents } from './cooperation.repo.js';
import {
  checkStoredRequest,
  openContents,
  type CooperationContext,
} from './cooperation.service.js';
import { isCustodyChainIntact } from './custody-chain.js';

async function loadEvidence(trx: Db, sealer: Sealer, requestId: string) {
  const items = await listEvidence(trx, requestId);
  const links = await listCustodyLinks(
    trx,
    items.map((item) => item.id),
  );
  return items.map((item) => {
    const chain = links
      .filter((link) => link.evidence_id === item.id)
      .map((link) => ({
        evidenceId: link.evidence_id,
        seq: link.seq,
        action: link.action,
        holder: link.holder,
        at: link.occurred_at,
        byUserId: link.by_user_id,
        byName: link.by_name,
        note: link.note_sealed ? sealer.openText(link.note_sealed) : null,
        prevHash: link.prev_hash,
        hash: link.hash,
      }));
    return {
      id: item.id,
      description: sealer.openText(item.description_sealed),
      itemCount: item.item_count,
      receivedFrom: item.received_from,
      receivedAt: item.received_at,
      receivedByName: item.received_by_name,
      custody: chain,
      isChainIntact: isCustodyChainIntact(chain),
    };
  });
}

/**
 * Opens a request for reading: unseals its contents, events and evidence, runs the pre-send
 * check, and records who looked (`cooperation.read`, or `cooperation.document` for the printable
 * document) in the same transaction.
 */
export async function viewCooperationRequest(
  ctx: CooperationContext,
  actor: Actor,
  requestId: string,
  audit: { action: 'cooperation.read' | 'cooperation.document'; details?: Record<string, unknown> },
) {
  return inTransaction(ctx.db, async (trx) => {
    await writeAudit(trx, {
      actor,
      action: audit.action,
      subject: ['coop_request', requestId],
      ...(audit.details ? { details: audit.details } : {}),
      requestId: ctx.requestId,
      now: ctx.now,
    });
    const row = await findCooperationRequest(trx, requestId);
    const contents = openContents(ctx.sealer, row.contents_sealed);
    const events = await listCooperationEvents(trx, requestId);
    return {
      row,
      contents,
      events: events.map((event) => ({
        ...event,
        note: event.note_sealed ? ctx.sealer.openText(event.note_sealed) : null,
      })),
      evidence: await loadEvidence(trx, ctx.sealer, requestId),
      missing: checkStoredRequest(row, contents, ctx.now),
    };
  });
}

export type CooperationView = Awaited<ReturnType<typeof viewCooperationRequest>>;

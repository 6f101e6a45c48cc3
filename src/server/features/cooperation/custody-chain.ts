import { createHash } from 'node:crypto';
import { canonicalJson } from '#server/platform/audit/chain.js';

/** The previous hash of the first link of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a custody link commits to; the note as plain text, so re-sealing keeps the chain. */
export type CustodyLinkContent = {
  evidenceId: string;
  seq: number;
  action: string;
  holder: string;
  at: Date;
  byUserId: string;
  note: string | null;
};

export function hashCustodyLink(prevHash: string, link: CustodyLinkContent): string {
  const canonical = canonicalJson({
    evidenceId: link.evidenceId,
    seq: link.seq,
    action: link.action,
    holder: link.holder,
    at: link.at.toISOString(),
    byUserId: link.byUserId,
    note: link.note,
  });
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * Walks a chain in order: numbering without gaps from 1, each link pointing at its predecessor's
 * hash and matching its own content. Any edit, deletion or reordering breaks it.
 */
export function isCustodyChainIntact(
  links: readonly (CustodyLinkContent & { prevHash: string; hash: string })[],
): boolean {
  let prevHash = GENESIS_HASH;
  for (const [index, link] of links.entries()) {
    if (link.seq !== index + 1 || link.prevHash !== prevHash) return false;
    if (hashCustodyLink(prevHash, link) !== link.hash) return false;
    prevHash = link.hash;
  }
  return true;
}

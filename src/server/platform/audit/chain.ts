import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditContent = {
  seq: number;
  id: string;
  occurredAt: string;
  actorKind: string;
  actorUserId: string | null;
  actorAgencyId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: unknown;
  requestId: string | null;
};

/** JSON with object keys sorted at every level, so jsonb's key reordering cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashAuditRow(prevHash: string, content: AuditContent): string {
  const canonical = canonicalJson([
    content.seq,
    content.id,
    content.occurredAt,
    content.actorKind,
    content.actorUserId,
    content.actorAgencyId,
    content.action,
    content.subjectType,
    content.subjectId,
    content.details,
    content.requestId,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export type ChainRow = AuditContent & { prevHash: string; rowHash: string };
export type ChainBreak = { seq: number; reason: 'gap' | 'prev_hash' | 'row_hash' | 'head' };

/**
 * Walks rows in seq order and returns the first break: a missing or reordered row (gap, prev_hash),
 * an edited row (row_hash), or rows cut from the tail (head no longer matches the last row).
 */
export function findChainBreak(
  rows: Iterable<ChainRow>,
  head: { lastSeq: number; lastHash: string },
): ChainBreak | null {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.seq !== expectedSeq) return { seq: expectedSeq, reason: 'gap' };
    if (row.prevHash !== prevHash) return { seq: row.seq, reason: 'prev_hash' };
    if (hashAuditRow(prevHash, row) !== row.rowHash) return { seq: row.seq, reason: 'row_hash' };
    prevHash = row.rowHash;
    expectedSeq += 1;
  }
  if (head.lastSeq !== expectedSeq - 1 || head.lastHash !== prevHash) {
    return { seq: expectedSeq, reason: 'head' };
  }
  return null;
}

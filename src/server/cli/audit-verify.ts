import { verifyAuditChain } from '#server/platform/audit/index.js';
import type { Db } from '#server/platform/db/schema.js';

const REASONS = {
  gap: 'a row is missing or out of order',
  prev_hash: 'the row does not point at the previous row (deleted or reordered rows)',
  row_hash: 'the row content was changed after it was written',
  head: 'rows were removed from the end of the chain',
} as const;

export async function verifyAudit(
  db: Db,
  print: (line: string) => void,
  printError: (line: string) => void,
): Promise<number> {
  const result = await verifyAuditChain(db);
  if (!result.firstBreak) {
    print(`Audit chain intact: ${String(result.rowCount)} rows verified.`);
    return 0;
  }
  printError(
    `Audit chain BROKEN at row seq=${String(result.firstBreak.seq)}: ${REASONS[result.firstBreak.reason]}.`,
  );
  return 1;
}

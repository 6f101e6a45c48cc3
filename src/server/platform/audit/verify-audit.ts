import type { Db } from '../db/schema.js';
import { findChainHead, readChain } from './audit.repo.js';
import { findChainBreak, type ChainBreak, type ChainRow } from './chain.js';

export type AuditVerification = { rowCount: number; firstBreak: ChainBreak | null };

export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  const head = await findChainHead(db);
  const rows: ChainRow[] = [];
  for await (const row of readChain(db)) rows.push(row);
  return { rowCount: rows.length, firstBreak: findChainBreak(rows, head) };
}

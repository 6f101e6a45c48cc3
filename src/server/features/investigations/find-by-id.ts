/** The record just written, read back from its list: it exists, or the write did not happen. */
export function findById<T extends { id: string }>(rows: readonly T[], id: string): T {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`record ${id} missing right after it was written`);
  return row;
}

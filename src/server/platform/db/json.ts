/** Serialises a value for a jsonb column: Kysely passes strings through and PostgreSQL casts them. */
export function toJsonb(value: Record<string, unknown>): string {
  return JSON.stringify(value);
}

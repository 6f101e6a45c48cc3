import { z } from 'zod';

export const Id = z.uuid();
export const Instant = z.iso.datetime({ offset: true });
export const CountryCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3');
/** Optimistic locking: the version the client last saw. */
export const Version = z.number().int().min(1);

export const IdParams = z.strictObject({ id: Id });

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

import { z } from 'zod';

/** The one error shape of the API: stable code, catalogue key, message in the request's locale. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    messageKey: z.string(),
    message: z.string(),
    details: z
      .object({
        fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
        currentVersion: z.number().int().optional(),
        /** Items a completeness check found missing (codes the UI translates, and their field). */
        missing: z.array(z.object({ code: z.string(), field: z.string() })).optional(),
      })
      .optional(),
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { authorize } from '#server/platform/authz/policy.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { requireActor } from '#server/platform/http/types.js';
import { devClockPolicy } from './dev-clock.policy.js';

/** A clock that a demo or end-to-end node can move forward; never wired in production. */
export type TestClockControl = {
  advanceMs: (ms: number) => void;
  /** Runs every deadline sweep once at the new time, as the job queue would. */
  runSweeps: (now: Date) => Promise<void>;
};

const AdvanceInput = z.strictObject({ days: z.number().int().min(1).max(400) });
const AdvanceResult = z.object({ now: z.iso.datetime() });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

export const devClockRoutes =
  (deps: AppDeps, control: TestClockControl): FastifyPluginAsyncZod =>
  async (app) => {
    app.post('/dev/clock/advance', {
      config: { action: 'dev.clock.advance' },
      schema: { body: AdvanceInput, response: { 200: AdvanceResult, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(devClockPolicy, actor, 'dev.clock.advance');
        control.advanceMs(request.body.days * 86_400_000);
        const now = deps.now();
        // Moving time is itself recorded, so a demo's history explains its jumps.
        await inTransaction(deps.db, (trx) =>
          writeAudit(trx, {
            actor,
            action: 'dev.clock.advance',
            details: { days: request.body.days },
            requestId: request.id,
            now,
          }),
        );
        await control.runSweeps(now);
        return { now: now.toISOString() };
      },
    });
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CountrySettings, CountrySettingsUpdateInput } from '#shared/contracts/admin.js';
import { DEFAULT_LADDER_DAYS } from '#shared/domain/cooperation.js';
import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { authorize } from '#server/platform/authz/policy.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { InvalidInputError, StaleVersionError } from '#server/platform/errors.js';
import { requireActor } from '#server/platform/http/types.js';
import { adminPolicy } from './admin.policy.js';
import { findCountrySetting, saveCountrySetting } from './country-settings.repo.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody };

type LadderRow = {
  coop_reminder_days?: number | null;
  coop_escalation_days?: number | null;
  coop_diplomatic_days?: number | null;
};

/** The cooperation escalation ladder as the contract shows it: only the days the country set. */
function ladderOf(row: LadderRow | undefined) {
  return dropNulls({
    coopReminderDays: row?.coop_reminder_days,
    coopEscalationDays: row?.coop_escalation_days,
    coopDiplomaticDays: row?.coop_diplomatic_days,
  });
}

function dropNulls<T extends Record<string, number | null | undefined>>(values: T) {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== null && value !== undefined),
  ) as { [K in keyof T]?: number };
}

/** The ladder columns the body changes: absent keeps a value, null resets it to the default. */
function ladderChanges(body: CountrySettingsUpdateInput): LadderRow {
  const changes: LadderRow = {};
  if (body.coopReminderDays !== undefined) changes.coop_reminder_days = body.coopReminderDays;
  if (body.coopEscalationDays !== undefined) changes.coop_escalation_days = body.coopEscalationDays;
  if (body.coopDiplomaticDays !== undefined) changes.coop_diplomatic_days = body.coopDiplomaticDays;
  return changes;
}

/** Reminder, then escalation, then diplomatic follow-up: each rung strictly after the previous. */
function assertLadderOrder(row: LadderRow) {
  const reminder = row.coop_reminder_days ?? DEFAULT_LADDER_DAYS.reminderDays;
  const escalation = row.coop_escalation_days ?? DEFAULT_LADDER_DAYS.escalationDays;
  const diplomatic = row.coop_diplomatic_days ?? DEFAULT_LADDER_DAYS.diplomaticDays;
  if (!(reminder < escalation && escalation < diplomatic)) {
    throw new InvalidInputError('country_setting.ladder_order', 'errors.validation', [
      { path: 'body.coopEscalationDays', message: 'reminder < escalation < diplomatic days' },
    ]);
  }
}

export const countrySettingsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const present = async (countryCode: string) => {
      const row = await findCountrySetting(deps.db, countryCode);
      return {
        countryCode,
        reflectionDays: row?.reflection_days ?? null,
        ...ladderOf(row),
        version: row?.version ?? 0,
      };
    };

    app.get('/admin/country-settings', {
      config: { action: 'country_setting.read' },
      schema: { response: { 200: CountrySettings, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(adminPolicy, actor, 'country_setting.read');
        return present(actor.countryCode);
      },
    });

    app.put('/admin/country-settings', {
      config: { action: 'country_setting.update' },
      schema: { body: CountrySettingsUpdateInput, response: { 200: CountrySettings, ...errors } },
      handler: async (request) => {
        const actor = requireActor(request.actor);
        authorize(adminPolicy, actor, 'country_setting.update');
        const now = deps.now();
        const coopLadder = ladderChanges(request.body);
        await inTransaction(deps.db, async (trx) => {
          assertLadderOrder({
            ...(await findCountrySetting(trx, actor.countryCode)),
            ...coopLadder,
          });
          const saved = await saveCountrySetting(trx, {
            countryCode: actor.countryCode,
            reflectionDays: request.body.reflectionDays,
            coopLadder,
            version: request.body.version,
            userId: actor.userId,
            now,
          });
          if (!saved) {
            throw new StaleVersionError(
              (await findCountrySetting(trx, actor.countryCode))?.version ?? 0,
            );
          }
          await writeAudit(trx, {
            actor,
            action: 'country_setting.update',
            details: {
              countryCode: actor.countryCode,
              reflectionDays: request.body.reflectionDays,
              ...coopLadder,
            },
            requestId: request.id,
            now,
          });
        });
        return present(actor.countryCode);
      },
    });
  };

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CountrySettings, CountrySettingsUpdateInput } from '#shared/contracts/admin.js';
import { ErrorBody } from '#shared/contracts/error.js';
import type { AppDeps } from '#server/platform/app-deps.js';
import { writeAudit } from '#server/platform/audit/index.js';
import { authorize } from '#server/platform/authz/policy.js';
import { inTransaction } from '#server/platform/db/transaction.js';
import { StaleVersionError } from '#server/platform/errors.js';
import { requireActor } from '#server/platform/http/types.js';
import { adminPolicy } from './admin.policy.js';
import { findCountrySetting, saveCountrySetting } from './country-settings.repo.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ErrorBody };

export const countrySettingsRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const present = async (countryCode: string) => {
      const row = await findCountrySetting(deps.db, countryCode);
      return {
        countryCode,
        reflectionDays: row?.reflection_days ?? null,
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
        await inTransaction(deps.db, async (trx) => {
          const saved = await saveCountrySetting(trx, {
            countryCode: actor.countryCode,
            reflectionDays: request.body.reflectionDays,
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
            },
            requestId: request.id,
            now,
          });
        });
        return present(actor.countryCode);
      },
    });
  };

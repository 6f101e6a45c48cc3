import { randomUUID } from 'node:crypto';
import {
  TransferAnswerInput,
  TransferDeclineInput,
  TransferListQuery,
  TransferRequestInput,
} from '#shared/contracts/transfers.js';
import { aCase, anAgency } from '#test/factories/index.js';
import type { TestApp } from '#test/helpers/test-app.js';
import { newId } from '#server/platform/db/ids.js';
import type { FuzzRoute, FuzzWorld } from './fuzz-routes.js';

export type TransferFuzzIds = { transferId: string };

const stale = () => ({ version: 999 });
const answer = (schema: typeof TransferAnswerInput | typeof TransferDeclineInput): FuzzRoute => ({
  params: (w: FuzzWorld) => ({ id: w.transferId }),
  body: {
    schema,
    sample: () => ({ version: 1, reason: 'no_capacity' }),
    // A stale version: refused (409) without effect.
    poison: stale,
  },
});

export const TRANSFER_FUZZ_ROUTES: Record<string, FuzzRoute> = {
  'POST /api/cases/:id/transfers': {
    params: (w) => ({ id: w.caseId }),
    body: {
      schema: TransferRequestInput,
      sample: (w) => ({ toAgencyId: w.homeId, reason: 'other', note: 'SYNTH' }),
      // An agency that does not exist: refused (400) without effect.
      poison: () => ({ toAgencyId: randomUUID() }),
    },
  },
  'GET /api/transfers': { query: TransferListQuery },
  'POST /api/transfers/:id/accept': answer(TransferAnswerInput),
  'POST /api/transfers/:id/cancel': answer(TransferAnswerInput),
  'POST /api/transfers/:id/decline': answer(TransferDeclineInput),
};

export async function createTransferFuzzIds(
  t: TestApp,
  world: { homeId: string; callerId: string },
): Promise<TransferFuzzIds> {
  const elsewhere = await anAgency(t.db, { kind: 'shelter_ngo' });
  const kase = await aCase(t.db, { agencyId: elsewhere.id });
  const id = newId();
  await t.db
    .insertInto('case_transfer')
    .values({
      id,
      case_id: kase.id,
      country_code: 'LBY',
      from_agency_id: elsewhere.id,
      to_agency_id: world.homeId,
      reason: 'other',
      note_sealed: null,
      status: 'requested',
      decline_reason: null,
      requested_by: world.callerId,
      requested_at: new Date(),
    })
    .execute();
  return { transferId: id };
}

import type { Actor } from '#server/platform/authz/actor.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import { insertStatusEvent } from './victims.repo.js';
import { insertNewVictim } from './victims.service.js';

export type RescuedVictimInput = {
  sex: 'F' | 'M' | 'U';
  birthYear: number | null;
  citizenship: string | null;
  nameArabic: string | null;
  nameLatin: string | null;
  languages: string[];
  operationId: string;
  identifyingOfficerUserId: string;
};

/**
 * Records a person rescued in an operation on the victim case just opened for them: a possible
 * victim of trafficking from the start, with the status event naming the operation and the
 * identifying officer. Runs inside the caller's transaction (the whole rescue batch).
 */
export async function recordRescuedVictim(
  trx: Db,
  ctx: { sealer: Sealer; actor: Actor; now: Date; requestId: string },
  kase: { id: string; country_code: string },
  input: RescuedVictimInput,
): Promise<{ victimId: string }> {
  const identity = {
    nameArabic: input.nameArabic,
    nameLatin: input.nameLatin,
    birthDate: null,
    documents: [],
    contacts: [],
  };
  const { id } = await insertNewVictim(
    trx,
    ctx,
    kase,
    {
      identity,
      sex: input.sex,
      birthYear: input.birthYear,
      citizenship: input.citizenship,
      languages: input.languages,
      reflectionDays: null,
    },
    'PossibleVictimOfTrafficking',
  );
  await insertStatusEvent(trx, {
    id: newId(),
    victimId: id,
    now: ctx.now,
    actorUserId: ctx.actor.userId,
    fromStatus: 'NotScreened',
    toStatus: 'PossibleVictimOfTrafficking',
    basis: 'operation',
    operation: {
      operationId: input.operationId,
      identifyingOfficerUserId: input.identifyingOfficerUserId,
    },
  });
  return { victimId: id };
}

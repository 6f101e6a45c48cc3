import type { PersonIdentity } from '#shared/contracts/investigations.js';
import type {
  InvestigationStatus,
  NonPunishmentReview,
  PersonRole,
  TeamRole,
} from '#shared/domain/investigation.js';
import type { OperationStatus } from '#shared/domain/operation.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';

let counter = 0;
const next = () => (counter += 1);

export const A_SUSPECT_IDENTITY: PersonIdentity = {
  names: [
    { script: 'latn', value: 'Karim Synthetic' },
    { script: 'arab', value: 'كريم تجريبي' },
  ],
  aliases: [{ script: 'latn', value: 'SYNTH the Driver' }],
  birthDate: '1985-06-01',
  birthYear: null,
  sex: 'M',
  nationality: 'LBY',
  documents: [{ type: 'passport', number: 'SYNTH-P-0001', issuingCountry: 'LBY' }],
  phones: ['+000 555 0199'],
  accounts: [{ kind: 'mobile_money', value: 'SYNTH-MM-42' }],
  vehicles: [{ plate: 'SYNTH-123', description: 'white van' }],
  addresses: ['SYNTH street 1'],
};

/** An investigation file stored directly, with its team (no audit row): for authz and fuzz. */
export async function anInvestigation(
  db: Db,
  options: {
    agencyId: string;
    leadUserId: string;
    members?: { userId: string; teamRole?: TeamRole }[];
    status?: InvestigationStatus;
    country?: string;
    now?: Date;
  },
) {
  const now = options.now ?? new Date();
  const id = newId();
  await db
    .insertInto('investigation')
    .values({
      id,
      reference: `SYNTH-INV-${String(next())}-${id.slice(-8)}`,
      country_code: options.country ?? 'LBY',
      agency_id: options.agencyId,
      title: 'SYNTH investigation',
      status: options.status ?? 'open',
      opened_at: now,
      opened_by_user_id: options.leadUserId,
      closed_at: options.status === 'closed' ? now : null,
      summary_sealed: null,
    })
    .execute();
  const members = [
    { userId: options.leadUserId, teamRole: 'lead' as const },
    ...(options.members ?? []),
  ];
  for (const member of members) {
    await db
      .insertInto('investigation_member')
      .values({
        investigation_id: id,
        user_id: member.userId,
        team_role: member.teamRole ?? 'member',
        added_at: now,
        added_by_user_id: options.leadUserId,
      })
      .execute();
  }
  return { id };
}

/** A person of an investigation stored directly, in any review state. */
export async function anInvestigationPerson(
  db: Db,
  sealer: Sealer,
  options: {
    investigationId: string;
    createdBy: string;
    role?: PersonRole;
    review?: NonPunishmentReview;
    identity?: PersonIdentity;
    now?: Date;
  },
) {
  const id = newId();
  await db
    .insertInto('investigation_person')
    .values({
      id,
      investigation_id: options.investigationId,
      role: options.role ?? 'suspect',
      identity_sealed: sealer.seal(JSON.stringify(options.identity ?? A_SUSPECT_IDENTITY)),
      identity_blind_index: null,
      non_punishment_review: options.review ?? 'none',
      created_at: options.now ?? new Date(),
      created_by_user_id: options.createdBy,
    })
    .execute();
  return { id };
}

/** An active victim link of an investigation, stored directly (legal basis). */
export async function aVictimLink(
  db: Db,
  options: { investigationId: string; caseId: string; linkedBy: string; now?: Date },
) {
  const id = newId();
  await db
    .insertInto('investigation_victim_link')
    .values({
      id,
      investigation_id: options.investigationId,
      case_id: options.caseId,
      basis: 'legal_basis',
      consent_id: null,
      legal_basis: 'SYNTH Code of Criminal Procedure art. 1',
      linked_by_user_id: options.linkedBy,
      linked_at: options.now ?? new Date(),
    })
    .execute();
  return { id };
}

/** An operation stored directly (no audit row), led by `leadAgencyId`. */
export async function anOperation(
  db: Db,
  options: {
    leadAgencyId: string;
    createdBy: string;
    status?: OperationStatus;
    investigationId?: string | null;
    participantAgencyIds?: string[];
    country?: string;
    now?: Date;
  },
) {
  const now = options.now ?? new Date();
  const id = newId();
  const status = options.status ?? 'planned';
  await db
    .insertInto('operation')
    .values({
      id,
      reference: `SYNTH-OPS-${String(next())}-${id.slice(-8)}`,
      country_code: options.country ?? 'LBY',
      lead_agency_id: options.leadAgencyId,
      investigation_id: options.investigationId ?? null,
      name: 'SYNTH Operation Epervier',
      status,
      created_at: now,
      created_by_user_id: options.createdBy,
      objective_sealed: null,
      planned_start: now,
      planned_end: new Date(now.getTime() + 86_400_000),
      started_at: status === 'planned' ? null : now,
      ended_at: status === 'completed' || status === 'cancelled' ? now : null,
      cancel_reason: status === 'cancelled' ? 'SYNTH reason' : null,
    })
    .execute();
  for (const agencyId of options.participantAgencyIds ?? []) {
    await db
      .insertInto('operation_participant')
      .values({
        id: newId(),
        operation_id: id,
        agency_id: agencyId,
        country_code: null,
        authority_name: null,
        role: 'support',
        added_at: now,
        added_by_user_id: options.createdBy,
      })
      .execute();
  }
  return { id };
}

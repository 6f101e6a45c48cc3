import type { CooperationContents } from '#shared/contracts/cooperation.js';
import type {
  CooperationDirection,
  CooperationStatus,
  CooperationUrgency,
} from '#shared/domain/cooperation.js';
import { GENESIS_HASH, hashCustodyLink } from '#server/features/cooperation/index.js';
import type { Sealer } from '#server/platform/crypto/sealer.js';
import { newId } from '#server/platform/db/ids.js';
import type { Db } from '#server/platform/db/schema.js';
import type { Role } from '#shared/domain/roles.js';
import { anAgency, aUser } from './index.js';

let counter = 0;

/** The contents of a complete MLA request (hearing of a witness in Tunisia). */
export const COMPLETE_CONTENTS: CooperationContents = {
  subjectMatter: 'SYNTH trafficking in persons for forced labour on farms',
  natureOfInvestigation: 'SYNTH criminal investigation by the public prosecutor',
  summaryOfFacts: 'SYNTH: workers recruited with false promises were held and forced to work.',
  assistanceSought: 'SYNTH: hear the witness about the recruitment and the payments.',
  procedure: 'SYNTH: hearing in the presence of the requesting prosecutor by video link.',
  purpose: 'SYNTH: evidence for the trial of the network.',
  persons: [
    {
      names: { arabic: 'سين شاهد', latin: 'SYNTH Witness' },
      birthDate: '1988-04-02',
      nationality: 'TUN',
      location: 'SYNTH Street 12, Sfax',
      role: 'witness',
    },
  ],
  annexes: [
    { title: 'SYNTH record of the first hearing', pages: 4, language: 'ar', isTranslation: false },
  ],
  isConfidential: true,
};

export const EMPTY_CONTENTS: CooperationContents = {
  subjectMatter: '',
  natureOfInvestigation: '',
  summaryOfFacts: '',
  assistanceSought: '',
  procedure: '',
  purpose: '',
  persons: [],
  annexes: [],
  isConfidential: false,
};

/** Column values that make an MLA request to Tunisia pass the pre-send check. */
export const COMPLETE_FIELDS = {
  type: 'MLA',
  foreignCountry: 'TUN',
  legalBasis: 'UNTOC',
  language: 'ar' as const,
  measures: ['MLA_TAKE_EVIDENCE'],
  requestingAuthority: 'SYNTH Public Prosecutor of Tripoli',
  requestedAuthority: 'SYNTH Ministry of Justice of Tunisia',
};

const CLOSED: readonly CooperationStatus[] = ['executed', 'refused', 'withdrawn'];

/**
 * A cooperation request in any state, stored directly (no event or audit row): complete by
 * default, an empty draft with `isComplete: false`.
 */
export async function aCooperationRequest(
  db: Db,
  sealer: Sealer,
  options: {
    ownerAgencyId: string;
    createdByUserId: string;
    country?: string;
    direction?: CooperationDirection;
    type?: string;
    status?: CooperationStatus;
    urgency?: CooperationUrgency;
    foreignCountry?: string;
    isComplete?: boolean;
    measures?: string[];
    sentAt?: Date | null;
    executedAt?: Date | null;
    dueOn?: string | null;
    escalationLevel?: number;
    executingAgencyId?: string | null;
    now?: Date;
  },
) {
  const id = newId();
  const now = options.now ?? new Date();
  const status = options.status ?? 'draft';
  const isComplete = options.isComplete ?? true;
  const country = options.country ?? 'LBY';
  const hasLeft = !['draft', 'checked', 'withdrawn'].includes(status);
  const reference = `SYNTH-MLA-${country}-${String((counter += 1))}-${id.slice(-6)}`;
  await db
    .insertInto('coop_request')
    .values({
      id,
      reference,
      country_code: country,
      direction: options.direction ?? 'outgoing',
      type: options.type ?? COMPLETE_FIELDS.type,
      status,
      owner_agency_id: options.ownerAgencyId,
      foreign_country: options.foreignCountry ?? COMPLETE_FIELDS.foreignCountry,
      created_at: now,
      created_by_user_id: options.createdByUserId,
      urgency: options.urgency ?? 'normal',
      legal_basis: isComplete ? COMPLETE_FIELDS.legalBasis : null,
      language: isComplete ? COMPLETE_FIELDS.language : null,
      measures: options.measures ?? (isComplete ? COMPLETE_FIELDS.measures : []),
      requesting_authority: isComplete ? COMPLETE_FIELDS.requestingAuthority : null,
      requested_authority: isComplete ? COMPLETE_FIELDS.requestedAuthority : null,
      contents_sealed: sealer.seal(JSON.stringify(isComplete ? COMPLETE_CONTENTS : EMPTY_CONTENTS)),
      channel: hasLeft ? 'CENTRAL_AUTHORITY' : null,
      sent_at: options.sentAt ?? (hasLeft ? now : null),
      executed_at: options.executedAt ?? (status === 'executed' ? now : null),
      closed_at: CLOSED.includes(status) ? (options.executedAt ?? now) : null,
      refusal_ground: status === 'refused' ? 'insufficient_information' : null,
      due_on: options.dueOn ?? null,
      escalation_level: options.escalationLevel ?? 0,
      executing_agency_id: options.executingAgencyId ?? null,
      updated_at: now,
    })
    .execute();
  return { id, reference };
}

/** Counts that must not move when a request is refused: the row's version, events, audit rows. */
export async function cooperationFootprint(db: Db, requestId: string) {
  const row = await db
    .selectFrom('coop_request')
    .selectAll()
    .where('id', '=', requestId)
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom('coop_request_event')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('request_id', '=', requestId)
    .executeTakeFirstOrThrow();
  const audit = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const { contents_sealed: sealed, ...columns } = row;
  return {
    columns,
    contents: sealed.toString('base64'),
    events: Number(events.n),
    audit: Number(audit.n),
  };
}

/** Evidence received under a request, with the first (`received`) link of its custody chain. */
export async function anEvidence(
  db: Db,
  sealer: Sealer,
  options: { requestId: string; userId: string; now?: Date },
) {
  const id = newId();
  const now = options.now ?? new Date();
  await db
    .insertInto('coop_evidence')
    .values({
      id,
      request_id: options.requestId,
      description_sealed: sealer.seal('SYNTH: three hard drives seized abroad'),
      item_count: 3,
      received_from: 'SYNTH Central Authority of Tunisia',
      received_at: now,
      received_by_user_id: options.userId,
      recorded_at: now,
    })
    .execute();
  const link = {
    evidenceId: id,
    seq: 1,
    action: 'received',
    holder: 'SYNTH Evidence office',
    at: now,
    byUserId: options.userId,
    note: null,
  };
  await db
    .insertInto('coop_evidence_custody')
    .values({
      id: newId(),
      evidence_id: id,
      seq: 1,
      action: link.action,
      holder: link.holder,
      occurred_at: now,
      by_user_id: options.userId,
      note_sealed: null,
      prev_hash: GENESIS_HASH,
      hash: hashCustodyLink(GENESIS_HASH, link),
    })
    .execute();
  return { id };
}

/** Agencies and staff around cooperation requests: two prosecution offices, the central authority. */
export async function aCooperationWorld(db: Db, sealer: Sealer) {
  const prosecution = await anAgency(db, { kind: 'prosecution' });
  const otherProsecution = await anAgency(db, { kind: 'prosecution' });
  const centralAgency = await anAgency(db, { kind: 'central_authority' });
  const ministry = await anAgency(db, { kind: 'ministry' });
  const foreign = await anAgency(db, { kind: 'central_authority', country: 'TUN' });
  const user = (agencyId: string, roles: Role[]) => aUser(db, sealer, { agencyId, roles });
  return {
    prosecution,
    otherProsecution,
    centralAgency,
    prosecutor: await user(prosecution.id, ['prosecutor']),
    otherProsecutor: await user(otherProsecution.id, ['prosecutor']),
    investigator: await user(prosecution.id, ['investigator']),
    central: await user(centralAgency.id, ['central_authority_officer']),
    coordinator: await user(ministry.id, ['national_coordinator']),
    caseWorker: await user(prosecution.id, ['case_worker']),
    foreignCentral: await user(foreign.id, ['central_authority_officer']),
  };
}
export type CooperationWorld = Awaited<ReturnType<typeof aCooperationWorld>>;

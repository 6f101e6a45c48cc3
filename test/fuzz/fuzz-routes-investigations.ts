import { randomUUID } from 'node:crypto';
import type { ZodType } from 'zod';
import {
  InvestigationCommandInput,
  InvestigationCreateInput,
  InvestigationListQuery,
  InvestigationUpdateInput,
  LeadInput,
  LocationInput,
  NonPunishmentReviewInput,
  OffenceInput,
  OrganisationInput,
  PersonCreateInput,
  PersonUpdateInput,
  TeamMemberInput,
  TimelineEventInput,
  VictimLinkInput,
} from '#shared/contracts/investigations.js';
import {
  ArrestInput,
  OperationCancelInput,
  OperationCommandInput,
  OperationCreateInput,
  OperationListQuery,
  ParticipantInput,
  RescueInput,
  SeizureInput,
} from '#shared/contracts/operations.js';
import { aCase, aUser } from '#test/factories/index.js';
import {
  anInvestigation,
  anInvestigationPerson,
  anOperation,
  aVictimLink,
} from '#test/factories/investigations.js';
import type { TestApp } from '#test/helpers/test-app.js';
import type { FuzzRoute, FuzzWorld } from './fuzz-routes.js';

/** The records the investigation and operation routes point at. */
export type InvestigationFuzzIds = {
  /** An open file the caller leads: commands and edits are poisoned with a stale version. */
  investigationId: string;
  /** A closed file the caller leads: every addition is refused (409) whatever the body. */
  closedInvestigationId: string;
  memberUserId: string;
  pendingPersonId: string;
  closedFilePersonId: string;
  victimLinkId: string;
  /** A planned operation of the home agency: no outcome is accepted before it starts. */
  operationId: string;
};

const staleVersion = () => ({ version: 999 });
/** The sample is refused by the record's state, so nothing needs changing in it. */
const asIs = () => ({});
const openFile = (w: FuzzWorld) => ({ id: w.investigationId });
const closedFile = (w: FuzzWorld) => ({ id: w.closedInvestigationId });
const operation = (w: FuzzWorld) => ({ id: w.operationId });
const IDENTITY = {
  names: [{ script: 'latn', value: 'SYNTH Fuzz Person' }],
  aliases: [{ script: 'arab', value: 'تجريبي' }],
  birthDate: '1990-01-01',
  phones: ['+000 555 0100'],
  accounts: [{ kind: 'bank', value: 'SYNTH-IBAN' }],
  vehicles: [{ plate: 'SYNTH-1', description: 'van' }],
  addresses: ['SYNTH street'],
};

type Sample = () => Record<string, unknown>;

/** A body valid by contract that the record's state refuses (a closed file, a planned operation). */
const refusedByState =
  (params: (w: FuzzWorld) => Record<string, string>) =>
  (schema: ZodType, sample: Sample): FuzzRoute => ({
    params,
    body: { schema, sample, poison: asIs },
  });
const addition = refusedByState(closedFile);
const outcome = refusedByState(operation);

const command: FuzzRoute = {
  params: openFile,
  body: { schema: InvestigationCommandInput, sample: () => ({ version: 1 }), poison: staleVersion },
};

export const INVESTIGATION_FUZZ_ROUTES: Record<string, FuzzRoute> = {
  'POST /api/investigations': {
    body: {
      schema: InvestigationCreateInput,
      sample: () => ({ title: 'SYNTH file', summary: 'SYNTH summary' }),
    },
  },
  'GET /api/investigations': { query: InvestigationListQuery },
  'GET /api/investigations/:id': { params: openFile },
  'PATCH /api/investigations/:id': {
    params: openFile,
    body: {
      schema: InvestigationUpdateInput,
      sample: () => ({ title: 'SYNTH renamed', summary: 'SYNTH', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/investigations/:id/suspend': command,
  'POST /api/investigations/:id/resume': command,
  'POST /api/investigations/:id/close': command,
  'POST /api/investigations/:id/members': {
    params: openFile,
    body: {
      schema: TeamMemberInput,
      sample: (w) => ({ userId: w.memberUserId, teamRole: 'member' }),
      // No such user: refused before anything is written.
      poison: () => ({ userId: randomUUID() }),
    },
  },
  'DELETE /api/investigations/:id/members/:userId': {
    params: (w) => ({ id: w.investigationId, userId: w.memberUserId }),
  },
  'POST /api/investigations/:id/offences': addition(OffenceInput, () => ({
    code: 'smuggling_of_migrants',
    lawArticle: 'SYNTH Law 19/2010 art. 2',
  })),
  'POST /api/investigations/:id/persons': addition(PersonCreateInput, () => ({
    role: 'suspect',
    identity: IDENTITY,
    possibleVictim: false,
  })),
  'PATCH /api/investigations/:id/persons/:personId': {
    params: (w) => ({ id: w.closedInvestigationId, personId: w.closedFilePersonId }),
    body: {
      schema: PersonUpdateInput,
      sample: () => ({ role: 'witness', identity: IDENTITY, version: 1 }),
      poison: asIs,
    },
  },
  'POST /api/investigations/:id/persons/:personId/non-punishment-review': {
    params: (w) => ({ id: w.investigationId, personId: w.pendingPersonId }),
    body: {
      schema: NonPunishmentReviewInput,
      sample: () => ({ outcome: 'applies', reason: 'SYNTH reasons', version: 1 }),
      poison: staleVersion,
    },
  },
  'POST /api/investigations/:id/organisations': addition(OrganisationInput, () => ({
    name: 'SYNTH network',
    kind: 'network',
    countryCode: 'LBY',
    notes: 'SYNTH notes',
  })),
  'POST /api/investigations/:id/events': addition(TimelineEventInput, () => ({
    occurredOn: '2026-01-15',
    kind: 'transport',
    place: 'SYNTH place',
    description: 'SYNTH description',
  })),
  'POST /api/investigations/:id/locations': addition(LocationInput, () => ({
    label: 'SYNTH warehouse',
    kind: 'exploitation_site',
    address: 'SYNTH street',
  })),
  'POST /api/investigations/:id/leads': addition(LeadInput, () => ({ tipId: randomUUID() })),
  'POST /api/investigations/:id/victim-links': addition(VictimLinkInput, () => ({
    caseId: randomUUID(),
    basis: 'legal_basis',
    legalBasis: 'SYNTH art. 42',
  })),
  'DELETE /api/investigations/:id/victim-links/:linkId': {
    params: (w) => ({ id: w.investigationId, linkId: w.victimLinkId }),
  },
  'POST /api/operations': {
    body: {
      schema: OperationCreateInput,
      sample: () => ({
        name: 'SYNTH Operation',
        objective: 'SYNTH objective',
        plannedStart: '2026-12-01T04:00:00Z',
        plannedEnd: '2026-12-01T12:00:00Z',
      }),
      // An investigation the caller is not on: refused before the operation is written.
      poison: () => ({ investigationId: randomUUID() }),
    },
  },
  'GET /api/operations': { query: OperationListQuery },
  'GET /api/operations/:id': { params: operation },
  'POST /api/operations/:id/start': {
    params: operation,
    body: { schema: OperationCommandInput, sample: () => ({ version: 1 }), poison: staleVersion },
  },
  'POST /api/operations/:id/complete': outcome(OperationCommandInput, () => ({ version: 1 })),
  'POST /api/operations/:id/cancel': {
    params: operation,
    body: {
      schema: OperationCancelInput,
      sample: () => ({ version: 1, reason: 'SYNTH reason' }),
      poison: staleVersion,
    },
  },
  'POST /api/operations/:id/participants': {
    params: operation,
    body: {
      schema: ParticipantInput,
      sample: () => ({ agencyId: randomUUID(), role: 'support' }),
      poison: asIs,
    },
  },
  'POST /api/operations/:id/rescues': outcome(RescueInput, () => ({
    batchId: randomUUID(),
    identifyingOfficerUserId: randomUUID(),
    persons: [{ sex: 'F', nameLatin: 'SYNTH Rescued', languages: ['ha'], location: 'SYNTH' }],
  })),
  'POST /api/operations/:id/arrests': outcome(ArrestInput, () => ({
    persons: [{ identity: IDENTITY, arrestedAt: '2026-12-01T05:30:00Z', possibleVictim: true }],
  })),
  'POST /api/operations/:id/seizures': outcome(SeizureInput, () => ({
    kind: 'cash',
    quantity: '100',
    unit: 'LYD',
    estimatedValue: '100.00',
    currency: 'LYD',
    description: 'SYNTH',
  })),
};

/** Files led by the caller (one open, one closed), a person awaiting review, a link, an operation. */
export async function createInvestigationFuzzIds(
  t: TestApp,
  world: { homeId: string; callerId: string },
): Promise<InvestigationFuzzIds> {
  const now = t.clock.now();
  const member = await aUser(t.db, t.sealer, { agencyId: world.homeId, roles: ['analyst'] });
  const open = await anInvestigation(t.db, {
    agencyId: world.homeId,
    leadUserId: world.callerId,
    members: [{ userId: member.id }],
    now,
  });
  const closed = await anInvestigation(t.db, {
    agencyId: world.homeId,
    leadUserId: world.callerId,
    status: 'closed',
    now,
  });
  const pending = await anInvestigationPerson(t.db, t.sealer, {
    investigationId: open.id,
    createdBy: world.callerId,
    review: 'pending',
  });
  const onClosed = await anInvestigationPerson(t.db, t.sealer, {
    investigationId: closed.id,
    createdBy: world.callerId,
  });
  const kase = await aCase(t.db, { agencyId: world.homeId });
  const link = await aVictimLink(t.db, {
    investigationId: open.id,
    caseId: kase.id,
    linkedBy: world.callerId,
  });
  const op = await anOperation(t.db, { leadAgencyId: world.homeId, createdBy: world.callerId });
  return {
    investigationId: open.id,
    closedInvestigationId: closed.id,
    memberUserId: member.id,
    pendingPersonId: pending.id,
    closedFilePersonId: onClosed.id,
    victimLinkId: link.id,
    operationId: op.id,
  };
}

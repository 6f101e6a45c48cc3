import type { OperationStatus } from '#shared/domain/operation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type OperationScope = {
  id: string;
  reference: string;
  country_code: string;
  lead_agency_id: string;
  investigation_id: string | null;
  status: OperationStatus;
  /** Whether the acting user's agency takes part in the operation. */
  is_participant: boolean;
  version: number;
};

const isCoordinator = (actor: Actor) => actor.roles.includes('national_coordinator');
const isLeadAgency = (actor: Actor, operation: OperationScope) =>
  operation.lead_agency_id === actor.agencyId;
/** Only investigators of the lead agency run the operation and record what it achieved. */
const LEAD_INVESTIGATORS = { roles: ['investigator'], when: isLeadAgency } as const;

/**
 * An operation exists for the investigators of its lead agency and of the participating agencies,
 * and, read-only, for the national coordinator of the country; for anyone else it does not exist.
 */
export const operationsPolicy = {
  name: 'operations',
  collection: {
    'operation.create': { roles: ['investigator'] },
    'operation.list': { roles: ['investigator', 'national_coordinator'] },
  },
  visible: (actor, operation) =>
    operation.country_code === actor.countryCode &&
    (isLeadAgency(actor, operation) || operation.is_participant || isCoordinator(actor)),
  item: {
    'operation.read': { roles: ['investigator', 'national_coordinator'] },
    'operation.start': LEAD_INVESTIGATORS,
    'operation.complete': LEAD_INVESTIGATORS,
    'operation.cancel': LEAD_INVESTIGATORS,
    'operation.participant.add': LEAD_INVESTIGATORS,
    'operation.rescue.record': LEAD_INVESTIGATORS,
    'operation.arrest.record': LEAD_INVESTIGATORS,
    'operation.seizure.record': LEAD_INVESTIGATORS,
  },
} satisfies Policy<OperationScope>;

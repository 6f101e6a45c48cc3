import type { Actor } from '#server/platform/authz/actor.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type TransferScope = {
  id: string;
  case_id: string;
  country_code: string;
  from_agency_id: string;
  to_agency_id: string;
  status: string;
};

const TRANSFER_STAFF = ['case_worker', 'investigator', 'national_coordinator'] as const;
const isCoordinator = (actor: Actor) => actor.roles.includes('national_coordinator');

/**
 * A transfer exists for the two agencies it links and the coordinator. The receiving side
 * answers it; the sending side may withdraw it while it is open.
 */
export const transfersPolicy = {
  name: 'transfers',
  collection: {
    'transfer.list': { roles: TRANSFER_STAFF },
  },
  visible: (actor, transfer) =>
    transfer.country_code === actor.countryCode &&
    (transfer.from_agency_id === actor.agencyId ||
      transfer.to_agency_id === actor.agencyId ||
      isCoordinator(actor)),
  item: {
    'transfer.accept': {
      roles: TRANSFER_STAFF,
      when: (actor, transfer) => transfer.to_agency_id === actor.agencyId || isCoordinator(actor),
    },
    'transfer.decline': {
      roles: TRANSFER_STAFF,
      when: (actor, transfer) => transfer.to_agency_id === actor.agencyId || isCoordinator(actor),
    },
    'transfer.cancel': {
      roles: TRANSFER_STAFF,
      when: (actor, transfer) => transfer.from_agency_id === actor.agencyId || isCoordinator(actor),
    },
  },
} satisfies Policy<TransferScope>;

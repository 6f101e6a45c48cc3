import {
  TEAM_ELIGIBLE_ROLES,
  type InvestigationStatus,
  type TeamRole,
} from '#shared/domain/investigation.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type InvestigationScope = {
  id: string;
  country_code: string;
  agency_id: string;
  status: InvestigationStatus;
  /** The acting user's place on the team; null when not a member (need-to-know). */
  team_role: TeamRole | null;
  version: number;
};

/** Roles that may sit on a team; membership, not role, opens a file. */
const TEAM_STAFF = TEAM_ELIGIBLE_ROLES;
/** Of the team roles, only investigators read tips (tips.policy.ts): they link leads. */
const TIP_READERS = ['investigator'] as const;

const isLead = (_actor: Actor, file: InvestigationScope) => file.team_role === 'lead';

/**
 * Need-to-know: an investigation exists only for the members of its team, in its country. Not
 * even the national coordinator sees a file without being on the team (404 for everyone else).
 * The team lead manages the team and the status; prosecutors decide non-punishment reviews.
 */
export const investigationsPolicy = {
  name: 'investigations',
  collection: {
    'investigation.create': { roles: ['investigator', 'prosecutor'] },
    'investigation.list': { roles: TEAM_STAFF },
  },
  visible: (actor, file) => file.country_code === actor.countryCode && file.team_role !== null,
  item: {
    'investigation.read': { roles: TEAM_STAFF },
    'investigation.update': { roles: TEAM_STAFF },
    'investigation.suspend': { roles: TEAM_STAFF, when: isLead },
    'investigation.resume': { roles: TEAM_STAFF, when: isLead },
    'investigation.close': { roles: TEAM_STAFF, when: isLead },
    'investigation.member.add': { roles: TEAM_STAFF, when: isLead },
    'investigation.member.remove': { roles: TEAM_STAFF, when: isLead },
    'investigation.offence.add': { roles: TEAM_STAFF },
    'investigation.person.add': { roles: TEAM_STAFF },
    'investigation.person.update': { roles: TEAM_STAFF },
    'investigation.person.review': { roles: ['prosecutor'] },
    'investigation.organisation.add': { roles: TEAM_STAFF },
    'investigation.event.add': { roles: TEAM_STAFF },
    'investigation.location.add': { roles: TEAM_STAFF },
    'investigation.lead.add': { roles: TIP_READERS },
    // A legal-basis link is further reserved to prosecutors (service).
    'investigation.victim_link.add': { roles: TEAM_STAFF },
    'investigation.victim_link.revoke': { roles: TEAM_STAFF },
  },
} satisfies Policy<InvestigationScope>;

import type { ProsecutionStage } from '#shared/domain/prosecution.js';
import { hasRole, type Actor } from '#server/platform/authz/actor.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type ProsecutionScope = {
  id: string;
  country_code: string;
  agency_id: string;
  stage: ProsecutionStage;
  investigation_id: string | null;
  version: number;
  /** Whether the acting user is on the prosecution team (need-to-know). */
  is_member: boolean;
};

const isCoordinator = (actor: Actor) => actor.roles.includes('national_coordinator');
const isMember = (_actor: Actor, prosecution: ProsecutionScope) => prosecution.is_member;

/** Every change to the file: a prosecutor on its team. */
const TEAM_WRITE = { roles: ['prosecutor'], when: isMember } as const;

/**
 * A prosecution file exists only for its team (prosecutors assigned to it, whatever their agency)
 * and for the national coordinator of the country; for everyone else (other prosecutors of the
 * same office included) it does not exist: 404.
 *
 * The coordinator oversees without need-to-know: the list (no personal data in it) and, for one
 * file, the overview (stage and counts, `ProsecutionOverview`), never defendants' identities,
 * charges or victim-witness measures. Investigators, even of the linked investigation, and case
 * workers see nothing (deny by default); victim-assistance staff never learn who is prosecuted.
 */
export const prosecutionsPolicy = {
  name: 'prosecutions',
  collection: {
    'prosecution.list': { roles: ['prosecutor', 'national_coordinator'] },
    // Opened in the prosecutor's own office; the opener becomes the team lead.
    'prosecution.create': { roles: ['prosecutor'] },
  },
  visible: (actor, prosecution) =>
    prosecution.country_code === actor.countryCode &&
    (prosecution.is_member || isCoordinator(actor)),
  item: {
    'prosecution.read': {
      roles: ['prosecutor', 'national_coordinator'],
      when: (actor, prosecution) => prosecution.is_member || isCoordinator(actor),
    },
    'prosecution.add_member': TEAM_WRITE,
    'prosecution.change_stage': TEAM_WRITE,
    'prosecution.add_defendant': TEAM_WRITE,
    'prosecution.review_non_punishment': TEAM_WRITE,
    'prosecution.file_charge': TEAM_WRITE,
    'prosecution.update_charge': TEAM_WRITE,
    'prosecution.record_verdict': TEAM_WRITE,
    'prosecution.schedule_hearing': TEAM_WRITE,
    'prosecution.update_hearing': TEAM_WRITE,
    'prosecution.order_confiscation': TEAM_WRITE,
    'prosecution.update_confiscation': TEAM_WRITE,
    'prosecution.request_protection': TEAM_WRITE,
    'prosecution.update_protection': TEAM_WRITE,
  },
} satisfies Policy<ProsecutionScope>;

/** Whether the reader gets the whole file (a prosecutor of the team) or the overview. */
export function readsWholeFile(actor: Actor, prosecution: ProsecutionScope): boolean {
  return prosecution.is_member && hasRole(actor, 'prosecutor');
}

import type { JitMemberRole, JitStatus } from '#shared/domain/jit.js';
import type { Actor } from '#server/platform/authz/actor.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type JitScope = {
  id: string;
  country_code: string;
  status: JitStatus;
  starts_on: string;
  ends_on: string;
  version: number;
  /** The acting user's active membership of the team, if any. */
  my_member_id: string | null;
  my_role: JitMemberRole | null;
};

/** Law-enforcement and judicial staff who may sit in a team (shared/domain/jit.ts). */
const TEAM_STAFF = ['prosecutor', 'investigator', 'central_authority_officer'] as const;
/** Who concludes and manages agreements: prosecutors and the central authority. */
const AGREEMENT_STAFF = ['prosecutor', 'central_authority_officer'] as const;

const isLeader = (_actor: Actor, agreement: JitScope) => agreement.my_role === 'leader';
const LEADER_COMMAND = { roles: AGREEMENT_STAFF, when: isLeader } as const;

/**
 * A joint investigation team exists only for its local members (404 for everyone else, the
 * coordinator included: operational need-to-know). Leaders who are prosecutors or central
 * authority officers conclude, extend, terminate and staff the agreement; the creator is the first
 * leader. The shared workspace is for local members, and only while the agreement is in force:
 * the routes refuse it with 403 `jit.agreement_not_active` after expiry or termination (checked
 * against the application clock, after this policy).
 */
export const jitPolicy = {
  name: 'jit',
  collection: {
    'jit.list': { roles: TEAM_STAFF },
    'jit.create': { roles: AGREEMENT_STAFF },
  },
  visible: (actor, agreement) =>
    agreement.country_code === actor.countryCode && agreement.my_member_id !== null,
  item: {
    'jit.read': { roles: TEAM_STAFF },
    'jit.activate': LEADER_COMMAND,
    'jit.terminate': LEADER_COMMAND,
    'jit.extend': LEADER_COMMAND,
    'jit.add_member': LEADER_COMMAND,
    'jit.remove_member': LEADER_COMMAND,
    'jit.read_workspace': { roles: TEAM_STAFF },
    'jit.write_workspace': { roles: TEAM_STAFF },
  },
} satisfies Policy<JitScope>;

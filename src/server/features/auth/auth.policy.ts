import { ROLES } from '#shared/domain/roles.js';
import type { Policy } from '#server/platform/authz/policy.js';

export type ApiTokenScope = {
  user_id: string;
  agency_id: string;
  country_code: string;
  revoked_at: Date | null;
};

/** Tokens act for their owner: only the owner (or an admin of the same country) sees one. */
export const apiTokensPolicy = {
  name: 'api-tokens',
  collection: {
    'api_token.list': { roles: ROLES },
    // Partners get aggregate views only and have no business running machine clients. Tokens
    // are minted from a signed-in browser session only: a token minting tokens could widen its
    // own scopes and outlive its revocation.
    'api_token.create': {
      roles: ROLES.filter((role) => role !== 'partner'),
      when: (actor) => actor.tokenScopes === null,
    },
  },
  visible: (actor, token) =>
    token.user_id === actor.userId ||
    (actor.roles.includes('system_admin') && token.country_code === actor.countryCode),
  item: {
    'api_token.revoke': { roles: ROLES, when: (_actor, token) => token.revoked_at === null },
  },
} satisfies Policy<ApiTokenScope>;

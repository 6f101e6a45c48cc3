import type { Policy } from '#server/platform/authz/policy.js';

export type SavedViewScope = { id: string; user_id: string };

const LIST_USERS = [
  'case_worker',
  'investigator',
  'prosecutor',
  'hotline_operator',
  'national_coordinator',
] as const;

/** Saved views are personal: only their owner sees or deletes them. */
export const savedViewsPolicy = {
  name: 'saved-views',
  collection: {
    'case_view.list': { roles: LIST_USERS },
    'case_view.create': { roles: LIST_USERS },
  },
  visible: (actor, view) => view.user_id === actor.userId,
  item: { 'case_view.delete': { roles: LIST_USERS } },
} satisfies Policy<SavedViewScope>;

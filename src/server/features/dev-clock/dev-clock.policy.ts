import type { Policy } from '#server/platform/authz/policy.js';

/** Moving the clock of a demo or test node: its system administrator only. */
export const devClockPolicy = {
  name: 'dev-clock',
  collection: { 'dev.clock.advance': { roles: ['system_admin'] } },
  visible: () => false,
  item: {},
} satisfies Policy<never>;

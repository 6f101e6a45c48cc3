import type { JitMemberRole, JitStatus, JitWorkspaceKind } from '#shared/domain/jit.js';

/* Code → catalogue key, spelled out so typed keys and the catalogue test see every key. */
export const JIT_STATUS_KEYS = {
  draft: 'jit.status.draft',
  active: 'jit.status.active',
  expired: 'jit.status.expired',
  terminated: 'jit.status.terminated',
} as const satisfies Record<JitStatus, string>;

export const JIT_STATUS_COLORS = {
  draft: 'gray',
  active: 'teal',
  expired: 'orange',
  terminated: 'red',
} as const satisfies Record<JitStatus, string>;

export const MEMBER_ROLE_KEYS = {
  leader: 'jit.memberRoles.leader',
  member: 'jit.memberRoles.member',
  seconded: 'jit.memberRoles.seconded',
} as const satisfies Record<JitMemberRole, string>;

export const WORKSPACE_KIND_KEYS = {
  note: 'jit.workspace.kinds.note',
  document_reference: 'jit.workspace.kinds.document_reference',
} as const satisfies Record<JitWorkspaceKind, string>;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

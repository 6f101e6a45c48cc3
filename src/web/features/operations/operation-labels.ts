import type {
  OperationCommand,
  OperationStatus,
  ParticipantRole,
  SeizureKind,
} from '#shared/domain/operation.js';

/* Code → catalogue key, spelled out so typed keys and the catalogue test see every key. */
export const OPERATION_STATUS_KEYS = {
  planned: 'operations.status.planned',
  in_execution: 'operations.status.in_execution',
  completed: 'operations.status.completed',
  cancelled: 'operations.status.cancelled',
} as const satisfies Record<OperationStatus, string>;

export const OPERATION_STATUS_COLORS = {
  planned: 'blue',
  in_execution: 'orange',
  completed: 'teal',
  cancelled: 'gray',
} as const satisfies Record<OperationStatus, string>;

export const COMMAND_KEYS = {
  start: 'operations.actions.start',
  complete: 'operations.actions.complete',
  cancel: 'operations.actions.cancel',
} as const satisfies Record<OperationCommand, string>;

export const PARTICIPANT_ROLE_KEYS = {
  lead: 'operations.participantRoles.lead',
  support: 'operations.participantRoles.support',
  observer: 'operations.participantRoles.observer',
} as const satisfies Record<ParticipantRole, string>;

export const SEIZURE_KIND_KEYS = {
  cash: 'operations.seizureKinds.cash',
  vehicle: 'operations.seizureKinds.vehicle',
  document: 'operations.seizureKinds.document',
  phone: 'operations.seizureKinds.phone',
  weapon: 'operations.seizureKinds.weapon',
  drugs: 'operations.seizureKinds.drugs',
  other: 'operations.seizureKinds.other',
} as const satisfies Record<SeizureKind, string>;

export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

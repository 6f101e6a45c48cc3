/**
 * Law-enforcement operations: planned → in_execution (start) → completed (complete); planned or
 * in_execution → cancelled (cancel, with a reason). Outcomes (rescues, arrests, seizures) are
 * recorded while the operation runs or once it is completed. Pure: no I/O, no clock.
 */
export const OPERATION_STATUSES = ['planned', 'in_execution', 'completed', 'cancelled'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

export const OPERATION_COMMANDS = ['start', 'complete', 'cancel'] as const;
export type OperationCommand = (typeof OPERATION_COMMANDS)[number];

const TRANSITIONS: Record<
  OperationCommand,
  { from: readonly OperationStatus[]; to: OperationStatus }
> = {
  start: { from: ['planned'], to: 'in_execution' },
  complete: { from: ['in_execution'], to: 'completed' },
  cancel: { from: ['planned', 'in_execution'], to: 'cancelled' },
};

/** The reducer: the next status, or null when the command is not allowed in `current`. */
export function nextOperationStatus(
  current: OperationStatus,
  command: OperationCommand,
): OperationStatus | null {
  const transition = TRANSITIONS[command];
  return transition.from.includes(current) ? transition.to : null;
}

/** Outcomes are facts of an execution: none before it starts, none for a cancelled operation. */
export function acceptsOutcomes(status: OperationStatus): boolean {
  return status === 'in_execution' || status === 'completed';
}

export const PARTICIPANT_ROLES = ['lead', 'support', 'observer'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const SEIZURE_KINDS = [
  'cash',
  'vehicle',
  'document',
  'phone',
  'weapon',
  'drugs',
  'other',
] as const;
export type SeizureKind = (typeof SEIZURE_KINDS)[number];

/** Persons rescued or arrested in one request: a large raid is recorded in several batches. */
export const MAX_PERSONS_PER_BATCH = 50;

/** Counts per seizure kind, every kind present (zero when nothing of it was seized). */
export function countSeizuresByKind(kinds: readonly string[]): Record<SeizureKind, number> {
  const counts = Object.fromEntries(SEIZURE_KINDS.map((kind) => [kind, 0])) as Record<
    SeizureKind,
    number
  >;
  for (const kind of kinds) {
    if (kind in counts) counts[kind as SeizureKind] += 1;
  }
  return counts;
}

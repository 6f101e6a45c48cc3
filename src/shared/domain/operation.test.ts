import { describe, expect, it } from 'vitest';
import {
  acceptsOutcomes,
  countSeizuresByKind,
  nextOperationStatus,
  OPERATION_COMMANDS,
  OPERATION_STATUSES,
} from './operation.js';

describe('operation lifecycle', () => {
  it('allows exactly planned → in_execution → completed, and cancel before completion', () => {
    const allowed = OPERATION_STATUSES.flatMap((status) =>
      OPERATION_COMMANDS.map(
        (command) => [status, command, nextOperationStatus(status, command)] as const,
      ).filter(([, , next]) => next !== null),
    );
    expect(allowed).toEqual([
      ['planned', 'start', 'in_execution'],
      ['planned', 'cancel', 'cancelled'],
      ['in_execution', 'complete', 'completed'],
      ['in_execution', 'cancel', 'cancelled'],
    ]);
  });

  it('takes outcomes while in execution or once completed only', () => {
    expect(OPERATION_STATUSES.filter(acceptsOutcomes)).toEqual(['in_execution', 'completed']);
  });

  it('counts seizures per kind with every kind present', () => {
    expect(countSeizuresByKind(['cash', 'phone', 'cash'])).toEqual({
      cash: 2,
      vehicle: 0,
      document: 0,
      phone: 1,
      weapon: 0,
      drugs: 0,
      other: 0,
    });
  });
});

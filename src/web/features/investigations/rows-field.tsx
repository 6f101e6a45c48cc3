import { ActionIcon, Button, Fieldset, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

type Props<T> = {
  legend: string;
  rows: readonly T[];
  max: number;
  addLabel: string;
  removeLabel: (number: number) => string;
  empty: () => T;
  onChange: (rows: T[]) => void;
  /** The inputs of one row; `update` merges a patch into that row. */
  renderRow: (row: T, number: number, update: (patch: Partial<T>) => void) => ReactNode;
};

/** A list of like values (aliases, documents, phones…) with add and remove buttons. */
export function RowsField<T extends object>({
  legend,
  rows,
  max,
  addLabel,
  removeLabel,
  empty,
  onChange,
  renderRow,
}: Props<T>) {
  const update = (index: number) => (patch: Partial<T>) =>
    onChange(rows.map((row, other) => (other === index ? { ...row, ...patch } : row)));
  return (
    <Fieldset legend={legend}>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <Group key={index} gap="sm" align="end" wrap="wrap">
            {renderRow(row, index + 1, update(index))}
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={removeLabel(index + 1)}
              onClick={() => onChange(rows.filter((_, other) => other !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            disabled={rows.length >= max}
            onClick={() => onChange([...rows, empty()])}
          >
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

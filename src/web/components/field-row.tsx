import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact in a definition list. */
export function FieldRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field-row">
      <dt>
        <Text size="sm" c="dimmed" component="span">
          {label}
        </Text>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

import { Stack, Text } from '@mantine/core';
import { useFormat } from '#web/lib/format.js';
import { OverdueBadge } from './badges.js';

/** SLA due time: relative for scanning, absolute for certainty, and a word, not only a colour. */
export function DueCell({ dueAt, isOverdue }: { dueAt: string; isOverdue: boolean }) {
  const format = useFormat();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={isOverdue ? 700 : 400} c={isOverdue ? 'red.8' : 'inherit'}>
        {format.relative(dueAt)}
      </Text>
      <Text size="xs" c="dimmed">
        <time dateTime={dueAt}>{format.dateTime(dueAt)}</time>
      </Text>
      {isOverdue && <OverdueBadge />}
    </Stack>
  );
}

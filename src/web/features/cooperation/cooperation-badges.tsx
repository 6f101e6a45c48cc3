import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationRequestSummary } from '#shared/contracts/cooperation.js';
import { OverdueBadge } from '#web/components/badges.js';
import { useFormat } from '#web/lib/format.js';
import {
  ESCALATION_KEYS,
  INCOMING_SENT_KEY,
  STATUS_COLORS,
  STATUS_KEYS,
  URGENCY_KEYS,
} from './cooperation-labels.js';

type Row = Pick<CooperationRequestSummary, 'status' | 'direction'>;

export function CooperationStatusBadge({ row }: { row: Row }) {
  const { t } = useTranslation();
  const key =
    row.direction === 'incoming' && row.status === 'sent'
      ? INCOMING_SENT_KEY
      : STATUS_KEYS[row.status];
  return (
    <Badge color={STATUS_COLORS[row.status]} variant="light">
      {t(key)}
    </Badge>
  );
}

export function UrgencyBadge({ urgency }: { urgency: CooperationRequestSummary['urgency'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={urgency === 'urgent' ? 'red' : 'gray'} variant="outline">
      {t(URGENCY_KEYS[urgency])}
    </Badge>
  );
}

const LEVEL_COLORS = ['gray', 'yellow', 'orange', 'red'] as const;

/** The rung of the escalation ladder the request reached; nothing while none has fired. */
export function EscalationBadge({ level }: { level: number }) {
  const { t } = useTranslation();
  const key = ESCALATION_KEYS[level];
  if (level <= 0 || key === undefined) return null;
  return (
    <Badge color={LEVEL_COLORS[level] ?? 'red'} variant="filled">
      {t(key)}
    </Badge>
  );
}

/** The day the answer is due: the date, and in words how late it is (not only a colour). */
export function DueDayCell({ dueOn, daysOverdue }: { dueOn: string | null; daysOverdue: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (dueOn === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('cooperation.noDueDate')}
      </Text>
    );
  }
  const isOverdue = daysOverdue > 0;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={isOverdue ? 700 : 400} c={isOverdue ? 'red.8' : 'inherit'}>
        <time dateTime={dueOn}>{format.day(dueOn)}</time>
      </Text>
      {isOverdue && (
        <>
          <Text size="xs" c="red.8">
            {t('cooperation.daysOverdue', { count: daysOverdue })}
          </Text>
          <OverdueBadge />
        </>
      )}
    </Stack>
  );
}

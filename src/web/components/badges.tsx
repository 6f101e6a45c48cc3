import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TipSummary } from '#shared/contracts/tips.js';
import { CASE_STATUS_KEYS, PRIORITY_KEYS, TIP_STATUS_KEYS } from '#web/lib/labels.js';

const PRIORITY_COLORS = { urgent: 'red', high: 'orange', normal: 'blue', low: 'gray' } as const;
const STATUS_COLORS = { new: 'grape', triaged: 'blue', converted: 'teal', closed: 'gray' } as const;

export function PriorityBadge({ priority }: { priority: TipSummary['priority'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant="filled">
      {t(PRIORITY_KEYS[priority])}
    </Badge>
  );
}

export function TipStatusBadge({ status }: { status: TipSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light">
      {t(TIP_STATUS_KEYS[status])}
    </Badge>
  );
}

export function CaseStatusBadge({ status }: { status: keyof typeof CASE_STATUS_KEYS }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'open' ? 'teal' : 'gray'} variant="light">
      {t(CASE_STATUS_KEYS[status])}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="outline">
      {t('tips.overdue')}
    </Badge>
  );
}

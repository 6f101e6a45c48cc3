import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvestigationStatus } from '#shared/domain/investigation.js';
import { INVESTIGATION_STATUS_COLORS, INVESTIGATION_STATUS_KEYS } from './investigation-labels.js';

export function InvestigationStatusBadge({ status }: { status: InvestigationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={INVESTIGATION_STATUS_COLORS[status]} variant="light">
      {t(INVESTIGATION_STATUS_KEYS[status])}
    </Badge>
  );
}

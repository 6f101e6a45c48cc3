import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OperationStatus } from '#shared/domain/operation.js';
import { OPERATION_STATUS_COLORS, OPERATION_STATUS_KEYS } from './operation-labels.js';

export function OperationStatusBadge({ status }: { status: OperationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={OPERATION_STATUS_COLORS[status]} variant="light">
      {t(OPERATION_STATUS_KEYS[status])}
    </Badge>
  );
}

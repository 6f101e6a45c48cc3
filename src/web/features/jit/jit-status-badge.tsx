import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JitStatus } from '#shared/domain/jit.js';
import { JIT_STATUS_COLORS, JIT_STATUS_KEYS } from './jit-labels.js';

export function JitStatusBadge({ status }: { status: JitStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={JIT_STATUS_COLORS[status]} variant="light">
      {t(JIT_STATUS_KEYS[status])}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProsecutionStage } from '#shared/domain/prosecution.js';
import { STAGE_COLORS, STAGE_KEYS } from './prosecution-labels.js';

export function StageBadge({ stage }: { stage: ProsecutionStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={STAGE_COLORS[stage]} variant={stage === 'closed' ? 'outline' : 'light'}>
      {t(STAGE_KEYS[stage])}
    </Badge>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NonPunishmentReview } from '#shared/domain/investigation.js';
import { REVIEW_KEYS } from './investigation-labels.js';

const COLORS = {
  none: 'gray',
  pending: 'red',
  not_applicable: 'gray',
  applies: 'violet',
} as const satisfies Record<NonPunishmentReview, string>;

/**
 * The non-punishment principle made visible: a suspect who may be a victim carries a review flag
 * until a prosecutor decides. Nothing is shown when no review was ever needed.
 */
export function NonPunishmentBadge({ review }: { review: NonPunishmentReview }) {
  const { t } = useTranslation();
  if (review === 'none') return null;
  return (
    <Badge color={COLORS[review]} variant={review === 'pending' ? 'filled' : 'light'}>
      {t(REVIEW_KEYS[review])}
    </Badge>
  );
}

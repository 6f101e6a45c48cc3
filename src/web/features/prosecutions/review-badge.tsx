import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NonPunishmentReview } from '#shared/domain/prosecution.js';
import { REVIEW_KEYS } from './prosecution-labels.js';

const COLORS = {
  none: 'gray',
  pending: 'red',
  not_applicable: 'gray',
  applies: 'violet',
} as const satisfies Record<NonPunishmentReview, string>;

/**
 * The non-punishment principle made visible: a defendant who may be a victim carries the flag
 * until a prosecutor decides; nothing shows when no review was ever needed.
 */
export function ReviewBadge({ review }: { review: NonPunishmentReview }) {
  const { t } = useTranslation();
  if (review === 'none') return null;
  return (
    <Badge
      color={COLORS[review]}
      variant={review === 'pending' || review === 'applies' ? 'filled' : 'light'}
      size="lg"
    >
      {t(REVIEW_KEYS[review])}
    </Badge>
  );
}

import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Defendant } from '#shared/contracts/prosecutions.js';
import {
  DEFENDANT_REVIEW_OUTCOMES,
  canRecordReview,
  type DefendantReviewOutcome,
} from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { isOneOf } from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';

const OUTCOME_KEYS = {
  pending: 'prosecutions.review.outcomes.pending',
  not_applicable: 'prosecutions.review.outcomes.not_applicable',
  applies: 'prosecutions.review.outcomes.applies',
} as const satisfies Record<DefendantReviewOutcome, string>;

/** The outcomes the review can move to from where it stands (pending re-opens a review). */
export function reviewMoves(defendant: Defendant): DefendantReviewOutcome[] {
  return DEFENDANT_REVIEW_OUTCOMES.filter((outcome) =>
    canRecordReview(defendant.nonPunishmentReview, outcome),
  );
}

/** The prosecutor's decision on the non-punishment principle for one defendant, with reasons. */
export function ReviewModal({
  prosecutionId,
  defendant,
  onClose,
}: {
  prosecutionId: string;
  defendant: Defendant;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(prosecutionId);
  const moves = reviewMoves(defendant);
  const [outcome, setOutcome] = useState<DefendantReviewOutcome | null>(
    moves.length === 1 ? (moves[0] ?? null) : null,
  );
  const [reason, setReason] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (outcome === null) return;
    write.mutate(
      {
        method: 'POST',
        path: `/defendants/${encodeURIComponent(defendant.id)}/non-punishment-review`,
        body: { outcome, reason: reason.trim(), version: defendant.version },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('prosecutions.review.title')}>
      <form onSubmit={submit} noValidate aria-label={t('prosecutions.review.title')}>
        <Stack gap="sm">
          <Text size="sm">{t('prosecutions.review.intro')}</Text>
          <Radio.Group
            label={t('prosecutions.review.outcome')}
            required
            value={outcome ?? ''}
            onChange={(value) => {
              if (isOneOf(DEFENDANT_REVIEW_OUTCOMES, value)) setOutcome(value);
            }}
          >
            <Stack gap="xs" mt={4}>
              {moves.map((code) => (
                <Radio key={code} value={code} label={t(OUTCOME_KEYS[code])} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('prosecutions.review.reason')}
            required
            dir="auto"
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={write.isPending}
              disabled={outcome === null || reason.trim() === ''}
            >
              {t('prosecutions.review.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

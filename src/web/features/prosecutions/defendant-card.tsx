import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Defendant, ProsecutionDetail } from '#shared/contracts/prosecutions.js';
import {
  acceptsNewCharges,
  canDecideCharge,
  canRecordVerdict,
  type CourtLevel,
} from '#shared/domain/prosecution.js';
import { SEX_KEYS } from '#web/features/victims/victim-labels.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { FileChargeForm } from './charge-forms.js';
import { ChargesTable } from './charges-table.js';
import { TRIGGER_KEYS } from './prosecution-labels.js';
import { ReviewBadge } from './review-badge.js';
import { ReviewModal, reviewMoves } from './review-modal.js';
import { VerdictList } from './verdict-list.js';
import { VerdictModal } from './verdict-modal.js';
import { UserText } from './user-text.js';

function DefendantName({ defendant, id }: { defendant: Defendant; id: string }) {
  const { nameArabic, nameLatin } = defendant.identity;
  return (
    <Title order={4} id={id}>
      {nameArabic && (
        <bdi dir="rtl" lang="ar">
          {nameArabic}
        </bdi>
      )}
      {nameArabic && nameLatin && ' · '}
      {nameLatin && <bdi dir="ltr">{nameLatin}</bdi>}
    </Title>
  );
}

function IdentityLine({ defendant }: { defendant: Defendant }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { nationality, sex, birthDate, birthYear } = defendant.identity;
  const birth = birthDate ? format.day(birthDate) : birthYear === null ? null : String(birthYear);
  return (
    <Text size="sm" c="dimmed">
      {t('prosecutions.defendants.identityLine', {
        nationality: nationality
          ? labelOf(COUNTRIES, nationality, currentLocale(i18n))
          : t('common.notSpecified'),
        sex: t(SEX_KEYS[sex]),
        birth: birth ?? t('common.notSpecified'),
      })}
    </Text>
  );
}

/** The review action reads as what it does from where the review stands. */
const REVIEW_ACTION_KEYS = {
  none: 'prosecutions.review.raise',
  pending: 'prosecutions.review.decide',
  not_applicable: 'prosecutions.review.reopen',
  applies: 'prosecutions.review.decide',
} as const;

function ReviewLine({
  defendant,
  onReview,
}: {
  defendant: Defendant;
  onReview: (() => void) | null;
}) {
  const { t } = useTranslation();
  const trigger = defendant.nonPunishmentTrigger;
  const isPending = defendant.nonPunishmentReview === 'pending';
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <ReviewBadge review={defendant.nonPunishmentReview} />
        {trigger && (
          <Text size="sm" c="dimmed">
            {t(TRIGGER_KEYS[trigger])}
          </Text>
        )}
        {onReview && (
          <Button size="compact-sm" variant={isPending ? 'filled' : 'light'} onClick={onReview}>
            {t(REVIEW_ACTION_KEYS[defendant.nonPunishmentReview])}
          </Button>
        )}
      </Group>
      {isPending && (
        <Text size="sm" c="red.8">
          {t('prosecutions.review.pendingNote')}
        </Text>
      )}
      {defendant.nonPunishmentReason && <UserText text={defendant.nonPunishmentReason} />}
    </Stack>
  );
}

const levelAt = (stage: ProsecutionDetail['stage']): CourtLevel | null =>
  stage === 'trial' ? 'first_instance' : stage === 'appeal' ? 'appeal' : null;

/** One defendant: identity, the non-punishment flag, charges and judgments. */
export function DefendantCard({
  file,
  defendant,
  canChange,
}: {
  file: ProsecutionDetail;
  defendant: Defendant;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<'review' | 'verdict' | null>(null);
  const titleId = `defendant-${defendant.id}`;
  const level = levelAt(file.stage);
  const mayReview = canChange && reviewMoves(defendant).length > 0;
  const mayJudge =
    canChange &&
    level !== null &&
    canRecordVerdict(file.stage, level) &&
    defendant.charges.some((charge) => canDecideCharge(charge.status, level));
  const isFlagged = defendant.nonPunishmentReview === 'pending';
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={titleId}
      className={isFlagged ? 'attention-panel' : undefined}
    >
      <Stack gap="sm">
        <DefendantName defendant={defendant} id={titleId} />
        <IdentityLine defendant={defendant} />
        <ReviewLine defendant={defendant} onReview={mayReview ? () => setModal('review') : null} />
        <Title order={5}>{t('prosecutions.charges.title')}</Title>
        <ChargesTable
          prosecutionId={file.id}
          defendantId={defendant.id}
          charges={defendant.charges}
          canChange={canChange}
        />
        {canChange && acceptsNewCharges(file.stage) && (
          // A new review decision starts the form afresh: an old refusal no longer applies.
          <FileChargeForm
            key={defendant.nonPunishmentReview}
            prosecutionId={file.id}
            defendantId={defendant.id}
          />
        )}
        <Group justify="space-between">
          <Title order={5}>{t('prosecutions.verdicts.title')}</Title>
          {mayJudge && (
            <Button size="compact-sm" onClick={() => setModal('verdict')}>
              {t('prosecutions.verdicts.record')}
            </Button>
          )}
        </Group>
        {defendant.verdicts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('prosecutions.verdicts.none')}
          </Text>
        ) : (
          <VerdictList verdicts={defendant.verdicts} />
        )}
      </Stack>
      {modal === 'review' && (
        <ReviewModal prosecutionId={file.id} defendant={defendant} onClose={() => setModal(null)} />
      )}
      {modal === 'verdict' && level && (
        <VerdictModal
          prosecutionId={file.id}
          defendant={defendant}
          level={level}
          onClose={() => setModal(null)}
        />
      )}
    </Paper>
  );
}

import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestigationPerson } from '#shared/contracts/investigations.js';
import {
  NON_PUNISHMENT_OUTCOMES,
  type NonPunishmentOutcome,
} from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { REVIEW_KEYS, isOneOf } from './investigation-labels.js';
import { useInvestigationWrite } from './investigations-api.js';

/** The prosecutor's decision on the non-punishment principle for one suspect, with reasons. */
export function ReviewModal({
  investigationId,
  person,
  onClose,
}: {
  investigationId: string;
  person: InvestigationPerson;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useInvestigationWrite(investigationId);
  const [outcome, setOutcome] = useState<NonPunishmentOutcome | null>(null);
  const [reason, setReason] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (outcome === null) return;
    write.mutate(
      {
        method: 'POST',
        path: `/persons/${encodeURIComponent(person.id)}/non-punishment-review`,
        body: { outcome, reason: reason.trim(), version: person.version },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('investigations.review.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('investigations.review.intro')}</Text>
          <Radio.Group
            label={t('investigations.review.outcome')}
            required
            value={outcome ?? ''}
            onChange={(value) => {
              if (isOneOf(NON_PUNISHMENT_OUTCOMES, value)) setOutcome(value);
            }}
          >
            <Stack gap="xs" mt={4}>
              {NON_PUNISHMENT_OUTCOMES.map((code) => (
                <Radio key={code} value={code} label={t(REVIEW_KEYS[code])} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('investigations.review.reason')}
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
              {t('investigations.review.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

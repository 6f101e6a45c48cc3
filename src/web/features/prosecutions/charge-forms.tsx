import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Charge } from '#shared/contracts/prosecutions.js';
import {
  CHARGE_UPDATE_STATUSES,
  PROSECUTION_OFFENCES,
  type ChargeUpdateStatus,
  type ProsecutionOffence,
} from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { OFFENCE_KEYS } from '#web/features/investigations/investigation-labels.js';
import { CHARGE_STATUS_KEYS, isOneOf } from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';

function OffenceSelect({
  value,
  onChange,
}: {
  value: ProsecutionOffence | '';
  onChange: (value: ProsecutionOffence | '') => void;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('prosecutions.charges.offence')}
      required
      data={[
        { value: '', label: t('common.choose') },
        ...PROSECUTION_OFFENCES.map((code) => ({ value: code, label: t(OFFENCE_KEYS[code]) })),
      ]}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        onChange(isOneOf(PROSECUTION_OFFENCES, next) ? next : '');
      }}
    />
  );
}

/**
 * Files a charge against one defendant. A pending non-punishment review (or a review that found
 * the principle applies) bars it: the server's message says so in the user's language.
 */
export function FileChargeForm({
  prosecutionId,
  defendantId,
}: {
  prosecutionId: string;
  defendantId: string;
}) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(prosecutionId);
  const [offenceCode, setOffenceCode] = useState<ProsecutionOffence | ''>('');
  const [lawArticle, setLawArticle] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      {
        method: 'POST',
        path: `/defendants/${encodeURIComponent(defendantId)}/charges`,
        body: { offenceCode, lawArticle: lawArticle.trim() },
      },
      {
        onSuccess: () => {
          setOffenceCode('');
          setLawArticle('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('prosecutions.charges.file')}>
      <Stack gap="xs">
        <Group gap="sm" align="end" wrap="wrap">
          <OffenceSelect value={offenceCode} onChange={setOffenceCode} />
          <TextInput
            className="grow"
            label={t('prosecutions.charges.lawArticle')}
            description={t('prosecutions.charges.lawArticleHint')}
            required
            dir="auto"
            maxLength={300}
            value={lawArticle}
            onChange={(event) => setLawArticle(event.currentTarget.value)}
          />
          <Button
            type="submit"
            loading={write.isPending}
            disabled={offenceCode === '' || lawArticle.trim() === ''}
          >
            {t('prosecutions.charges.file')}
          </Button>
        </Group>
        <ErrorAlert error={write.error} />
      </Stack>
    </form>
  );
}

/** Amends (possibly requalifying), withdraws or dismisses an open charge. */
export function ChargeChangeModal({
  prosecutionId,
  defendantId,
  charge,
  onClose,
}: {
  prosecutionId: string;
  defendantId: string;
  charge: Charge;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(prosecutionId);
  const [status, setStatus] = useState<ChargeUpdateStatus>('amended');
  const [offenceCode, setOffenceCode] = useState<ProsecutionOffence | ''>(charge.offenceCode);
  const [lawArticle, setLawArticle] = useState(charge.lawArticle);
  const isAmending = status === 'amended';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const requalified =
      isAmending && offenceCode !== '' ? { offenceCode, lawArticle: lawArticle.trim() } : {};
    write.mutate(
      {
        method: 'PATCH',
        path: `/defendants/${encodeURIComponent(defendantId)}/charges/${encodeURIComponent(charge.id)}`,
        body: { status, ...requalified, version: charge.version },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('prosecutions.charges.changeTitle')}>
      <form onSubmit={submit} noValidate aria-label={t('prosecutions.charges.changeTitle')}>
        <Stack gap="sm">
          <NativeSelect
            label={t('prosecutions.charges.newStatus')}
            required
            data={CHARGE_UPDATE_STATUSES.map((code) => ({
              value: code,
              label: t(CHARGE_STATUS_KEYS[code]),
            }))}
            value={status}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(CHARGE_UPDATE_STATUSES, value)) setStatus(value);
            }}
          />
          {isAmending && (
            <>
              <OffenceSelect value={offenceCode} onChange={setOffenceCode} />
              <TextInput
                label={t('prosecutions.charges.lawArticle')}
                required
                dir="auto"
                maxLength={300}
                value={lawArticle}
                onChange={(event) => setLawArticle(event.currentTarget.value)}
              />
            </>
          )}
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={write.isPending}
              disabled={isAmending && (offenceCode === '' || lawArticle.trim() === '')}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DefendantCreateInput, ProsecutionDetail } from '#shared/contracts/prosecutions.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { SEXES, SEX_KEYS } from '#web/features/victims/victim-labels.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, optionsOf } from '#web/lib/reference.js';
import { InvestigationPersonSelect, type IdentityDraft } from './investigation-person-select.js';
import { isOneOf } from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';

const EMPTY: IdentityDraft = {
  investigationPersonId: '',
  nameArabic: '',
  nameLatin: '',
  birthDate: '',
  birthYear: '',
  nationality: '',
  sex: 'U',
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

function toBody(draft: IdentityDraft): DefendantCreateInput {
  return {
    identity: {
      nameArabic: orNull(draft.nameArabic),
      nameLatin: orNull(draft.nameLatin),
      birthDate: orNull(draft.birthDate),
      birthYear: typeof draft.birthYear === 'number' ? draft.birthYear : null,
      nationality: orNull(draft.nationality),
      sex: draft.sex,
    },
    investigationPersonId: orNull(draft.investigationPersonId),
  };
}

function IdentityFields({
  draft,
  onChange,
}: {
  draft: IdentityDraft;
  onChange: (patch: Partial<IdentityDraft>) => void;
}) {
  const { t, i18n } = useTranslation();
  const countries = optionsOf(COUNTRIES, currentLocale(i18n), true);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('prosecutions.defendants.nameArabic')}
        dir="rtl"
        maxLength={200}
        value={draft.nameArabic}
        onChange={(event) => onChange({ nameArabic: event.currentTarget.value })}
      />
      <TextInput
        label={t('prosecutions.defendants.nameLatin')}
        dir="ltr"
        maxLength={200}
        value={draft.nameLatin}
        onChange={(event) => onChange({ nameLatin: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('prosecutions.defendants.nationality')}
        data={[{ value: '', label: t('common.notSpecified') }, ...countries]}
        value={draft.nationality}
        onChange={(event) => onChange({ nationality: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('prosecutions.defendants.sex')}
        data={SEXES.map((code) => ({ value: code, label: t(SEX_KEYS[code]) }))}
        value={draft.sex}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isOneOf(SEXES, value)) onChange({ sex: value });
        }}
      />
      <TextInput
        type="date"
        label={t('prosecutions.defendants.birthDate')}
        value={draft.birthDate}
        onChange={(event) => onChange({ birthDate: event.currentTarget.value })}
      />
      <NumberInput
        label={t('prosecutions.defendants.birthYear')}
        min={1900}
        max={2100}
        allowDecimal={false}
        thousandSeparator={false}
        value={draft.birthYear}
        onChange={(birthYear) => onChange({ birthYear })}
      />
    </SimpleGrid>
  );
}

/** Adds a defendant; names in both scripts as the court writes them, at least one of them. */
export function DefendantFormModal({
  file,
  onClose,
}: {
  file: ProsecutionDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(file.id);
  const [draft, setDraft] = useState<IdentityDraft>(EMPTY);
  const patch = (change: Partial<IdentityDraft>) => setDraft((old) => ({ ...old, ...change }));
  const hasName = draft.nameArabic.trim() !== '' || draft.nameLatin.trim() !== '';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      { method: 'POST', path: '/defendants', body: toBody(draft) },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('prosecutions.defendants.add')} size="lg">
      <form onSubmit={submit} noValidate aria-label={t('prosecutions.defendants.add')}>
        <Stack gap="sm">
          {file.investigationId && (
            <InvestigationPersonSelect
              investigationId={file.investigationId}
              value={draft.investigationPersonId}
              onPick={(picked) => setDraft({ ...EMPTY, ...picked })}
            />
          )}
          <IdentityFields draft={draft} onChange={patch} />
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={write.isPending} disabled={!hasName}>
              {t('prosecutions.defendants.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

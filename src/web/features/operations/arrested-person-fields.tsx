import {
  ActionIcon,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Select,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES } from '#shared/domain/investigation.js';
import { DOCUMENT_TYPE_KEYS } from '#web/features/investigations/investigation-labels.js';
import { SEXES, SEX_KEYS } from '#web/features/victims/victim-labels.js';
import type { CodeOption } from '#web/lib/reference.js';
import type { ArrestedDraft } from './arrest-form.js';
import { isOneOf } from './operation-labels.js';

type Props = {
  draft: ArrestedDraft;
  number: number;
  countries: CodeOption[];
  onChange: (patch: Partial<ArrestedDraft>) => void;
  onRemove: (() => void) | null;
};

/** One arrested person: identity for the suspect record, and when the arrest took place. */
export function ArrestedPersonFields({ draft, number, countries, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('operations.arrest.person', { number })} data-person={number}>
      <Group justify="flex-end" mb={-8}>
        {onRemove && (
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('operations.arrest.removePerson', { number })}
            onClick={onRemove}
          >
            ×
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <TextInput
          label={t('operations.arrest.nameArabic')}
          dir="rtl"
          lang="ar"
          maxLength={200}
          value={draft.nameArabic}
          onChange={(event) => onChange({ nameArabic: event.currentTarget.value })}
        />
        <TextInput
          label={t('operations.arrest.nameLatin')}
          dir="ltr"
          maxLength={200}
          value={draft.nameLatin}
          onChange={(event) => onChange({ nameLatin: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('operations.arrest.sex')}
          data={SEXES.map((code) => ({ value: code, label: t(SEX_KEYS[code]) }))}
          value={draft.sex}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isOneOf(SEXES, value)) onChange({ sex: value });
          }}
        />
        <NumberInput
          label={t('operations.arrest.birthYear')}
          min={1900}
          max={2100}
          allowDecimal={false}
          thousandSeparator={false}
          value={draft.birthYear}
          onChange={(birthYear) => onChange({ birthYear })}
        />
        <Select
          label={t('operations.arrest.nationality')}
          placeholder={t('common.notSpecified')}
          data={countries}
          searchable
          clearable
          value={draft.nationality}
          onChange={(nationality) => onChange({ nationality })}
        />
        <TextInput
          type="datetime-local"
          label={t('operations.arrest.arrestedAt')}
          required
          value={draft.arrestedAt}
          onChange={(event) => onChange({ arrestedAt: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('operations.arrest.documentType')}
          data={DOCUMENT_TYPES.map((code) => ({ value: code, label: t(DOCUMENT_TYPE_KEYS[code]) }))}
          value={draft.documentType}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isOneOf(DOCUMENT_TYPES, value)) onChange({ documentType: value });
          }}
        />
        <TextInput
          label={t('operations.arrest.documentNumber')}
          dir="ltr"
          maxLength={60}
          value={draft.documentNumber}
          onChange={(event) => onChange({ documentNumber: event.currentTarget.value })}
        />
      </SimpleGrid>
      <Checkbox
        mt="sm"
        label={t('operations.arrest.possibleVictim')}
        description={t('operations.arrest.possibleVictimHint')}
        checked={draft.possibleVictim}
        onChange={(event) => onChange({ possibleVictim: event.currentTarget.checked })}
      />
    </Fieldset>
  );
}

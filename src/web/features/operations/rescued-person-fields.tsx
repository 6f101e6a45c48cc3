import {
  ActionIcon,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Select,
  SimpleGrid,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEXES, SEX_KEYS } from '#web/features/victims/victim-labels.js';
import type { CodeOption } from '#web/lib/reference.js';
import { isOneOf } from './operation-labels.js';
import type { RescuedDraft } from './rescue-form.js';

type Props = {
  draft: RescuedDraft;
  number: number;
  countries: CodeOption[];
  languages: CodeOption[];
  onChange: (patch: Partial<RescuedDraft>) => void;
  onRemove: (() => void) | null;
};

/** One rescued person: what the victim case starts with. Names keep their own script direction. */
export function RescuedPersonFields({
  draft,
  number,
  countries,
  languages,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('operations.rescue.person', { number })} data-person={number}>
      <Group justify="flex-end" mb={-8}>
        {onRemove && (
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('operations.rescue.removePerson', { number })}
            onClick={onRemove}
          >
            ×
          </ActionIcon>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <NativeSelect
          label={t('operations.rescue.sex')}
          data={SEXES.map((code) => ({ value: code, label: t(SEX_KEYS[code]) }))}
          value={draft.sex}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isOneOf(SEXES, value)) onChange({ sex: value });
          }}
        />
        <NumberInput
          label={t('operations.rescue.birthYear')}
          min={1900}
          max={2100}
          allowDecimal={false}
          thousandSeparator={false}
          value={draft.birthYear}
          onChange={(birthYear) => onChange({ birthYear })}
        />
        <Select
          label={t('operations.rescue.citizenship')}
          placeholder={t('common.notSpecified')}
          data={countries}
          searchable
          clearable
          value={draft.citizenship}
          onChange={(citizenship) => onChange({ citizenship })}
        />
        <TextInput
          label={t('operations.rescue.nameArabic')}
          dir="rtl"
          lang="ar"
          maxLength={200}
          value={draft.nameArabic}
          onChange={(event) => onChange({ nameArabic: event.currentTarget.value })}
        />
        <TextInput
          label={t('operations.rescue.nameLatin')}
          dir="ltr"
          maxLength={200}
          value={draft.nameLatin}
          onChange={(event) => onChange({ nameLatin: event.currentTarget.value })}
        />
        <MultiSelect
          label={t('operations.rescue.languages')}
          data={languages}
          searchable
          maxValues={10}
          value={draft.languages}
          onChange={(codes) => onChange({ languages: codes })}
        />
      </SimpleGrid>
      <TextInput
        mt="sm"
        label={t('operations.rescue.location')}
        description={t('operations.rescue.locationHint')}
        dir="auto"
        maxLength={300}
        value={draft.location}
        onChange={(event) => onChange({ location: event.currentTarget.value })}
      />
    </Fieldset>
  );
}

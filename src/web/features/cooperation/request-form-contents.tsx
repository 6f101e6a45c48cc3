import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REQUEST_PERSON_ROLES, type RequestPersonRole } from '#shared/domain/cooperation.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, optionsOf } from '#web/lib/reference.js';
import {
  CONTENT_FIELDS,
  fieldId,
  nextKey,
  type AnnexDraft,
  type ContentField,
  type PersonDraft,
} from './cooperation-form.js';
import { PERSON_ROLE_KEYS } from './cooperation-labels.js';
import type { SectionProps } from './request-form-sections.js';

export const CONTENT_KEYS = {
  subjectMatter: 'cooperation.contents.subjectMatter',
  natureOfInvestigation: 'cooperation.contents.natureOfInvestigation',
  summaryOfFacts: 'cooperation.contents.summaryOfFacts',
  assistanceSought: 'cooperation.contents.assistanceSought',
  procedure: 'cooperation.contents.procedure',
  purpose: 'cooperation.contents.purpose',
} as const satisfies Record<ContentField, string>;

const CONTENT_HINT_KEYS = {
  subjectMatter: 'cooperation.contents.subjectMatterHint',
  natureOfInvestigation: 'cooperation.contents.natureOfInvestigationHint',
  summaryOfFacts: 'cooperation.contents.summaryOfFactsHint',
  assistanceSought: 'cooperation.contents.assistanceSoughtHint',
  procedure: 'cooperation.contents.procedureHint',
  purpose: 'cooperation.contents.purposeHint',
} as const satisfies Record<ContentField, string>;

/** Languages offered for annexes (ISO 639-1), named by the browser in the UI language. */
const ANNEX_LANGUAGES = ['ar', 'fr', 'en', 'es', 'it', 'de', 'pt', 'tr', 'ru', 'zh', 'am', 'ti'];

const isRole = (value: string): value is RequestPersonRole =>
  (REQUEST_PERSON_ROLES as readonly string[]).includes(value);

/** UNTOC art. 18(15)(b)-(f): what the requested State needs to act. */
export function ContentsSection({ form, onChange }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('cooperation.form.contentsTitle')}>
      <Stack gap="sm">
        {CONTENT_FIELDS.map((field) => (
          <Textarea
            key={field}
            id={fieldId(`contents.${field}`)}
            label={t(CONTENT_KEYS[field])}
            description={t(CONTENT_HINT_KEYS[field])}
            dir="auto"
            autosize
            minRows={2}
            maxLength={20_000}
            value={form.contents[field]}
            onChange={(event) =>
              onChange({ contents: { ...form.contents, [field]: event.currentTarget.value } })
            }
          />
        ))}
        <Checkbox
          label={t('cooperation.form.confidential')}
          checked={form.isConfidential}
          onChange={(event) => onChange({ isConfidential: event.currentTarget.checked })}
        />
      </Stack>
    </Fieldset>
  );
}

function PersonRow(props: {
  person: PersonDraft;
  index: number;
  onChange: (patch: Partial<PersonDraft>) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { person, index, onChange } = props;
  const number = index + 1;
  const at = `contents.persons.${String(index)}`;
  return (
    <Paper withBorder p="sm" role="group" aria-labelledby={`${fieldId(at)}-title`}>
      <Group justify="space-between" mb="xs">
        <Text fw={600} id={`${fieldId(at)}-title`}>
          {t('cooperation.persons.person', { number })}
        </Text>
        <Button variant="subtle" color="red" size="compact-sm" onClick={props.onRemove}>
          {t('cooperation.persons.remove', { number })}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          id={fieldId(`${at}.names`)}
          label={t('cooperation.persons.nameArabic', { number })}
          dir="rtl"
          lang="ar"
          maxLength={300}
          value={person.arabic}
          onChange={(event) => onChange({ arabic: event.currentTarget.value })}
        />
        <TextInput
          label={t('cooperation.persons.nameLatin', { number })}
          dir="ltr"
          maxLength={300}
          value={person.latin}
          onChange={(event) => onChange({ latin: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('cooperation.persons.role', { number })}
          value={person.role}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isRole(value)) onChange({ role: value });
          }}
          data={REQUEST_PERSON_ROLES.map((code) => ({
            value: code,
            label: t(PERSON_ROLE_KEYS[code]),
          }))}
        />
        <TextInput
          id={fieldId(`${at}.birthDate`)}
          type="date"
          label={t('cooperation.persons.birthDate', { number })}
          value={person.birthDate}
          onChange={(event) => onChange({ birthDate: event.currentTarget.value })}
        />
        <Select
          id={fieldId(`${at}.nationality`)}
          label={t('cooperation.persons.nationality', { number })}
          searchable
          clearable
          data={optionsOf(COUNTRIES, currentLocale(i18n), true)}
          value={person.nationality || null}
          onChange={(value) => onChange({ nationality: value ?? '' })}
        />
        <TextInput
          id={fieldId(`${at}.location`)}
          label={t('cooperation.persons.location', { number })}
          dir="auto"
          maxLength={1000}
          value={person.location}
          onChange={(event) => onChange({ location: event.currentTarget.value })}
        />
      </SimpleGrid>
    </Paper>
  );
}

/** UNTOC art. 18(15)(e): identity, location and nationality of each person concerned. */
export function PersonsSection({ form, onChange }: SectionProps) {
  const { t } = useTranslation();
  const set = (persons: PersonDraft[]) => onChange({ persons });
  return (
    <Fieldset legend={t('cooperation.persons.title')}>
      <Stack gap="sm">
        {form.persons.length === 0 && <Text c="dimmed">{t('cooperation.persons.none')}</Text>}
        {form.persons.map((person, index) => (
          <PersonRow
            key={person.key}
            person={person}
            index={index}
            onChange={(patch) =>
              set(form.persons.map((row) => (row.key === person.key ? { ...row, ...patch } : row)))
            }
            onRemove={() => set(form.persons.filter((row) => row.key !== person.key))}
          />
        ))}
        <div>
          <Button
            id={fieldId('contents.persons')}
            variant="light"
            size="compact-sm"
            disabled={form.persons.length >= 50}
            onClick={() =>
              set([
                ...form.persons,
                {
                  key: nextKey(form.persons),
                  arabic: '',
                  latin: '',
                  birthDate: '',
                  nationality: '',
                  location: '',
                  role: 'suspect',
                },
              ])
            }
          >
            {t('cooperation.persons.add')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

function AnnexRow(props: {
  annex: AnnexDraft;
  number: number;
  onChange: (patch: Partial<AnnexDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { annex, number, onChange } = props;
  return (
    <Group align="flex-end" wrap="wrap">
      <TextInput
        className="grow"
        label={t('cooperation.annexes.annexTitle', { number })}
        dir="auto"
        maxLength={300}
        value={annex.title}
        onChange={(event) => onChange({ title: event.currentTarget.value })}
      />
      <TextInput
        type="number"
        min={1}
        w={110}
        label={t('cooperation.annexes.pages', { number })}
        value={annex.pages}
        onChange={(event) => onChange({ pages: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('cooperation.annexes.language', { number })}
        value={annex.language}
        onChange={(event) => onChange({ language: event.currentTarget.value })}
        data={ANNEX_LANGUAGES.map((code) => ({ value: code, label: format.language(code) }))}
      />
      <Checkbox
        mb={8}
        label={t('cooperation.annexes.isTranslation', { number })}
        checked={annex.isTranslation}
        onChange={(event) => onChange({ isTranslation: event.currentTarget.checked })}
      />
      <Button variant="subtle" color="red" size="compact-sm" mb={6} onClick={props.onRemove}>
        {t('cooperation.annexes.remove', { number })}
      </Button>
    </Group>
  );
}

export function AnnexesSection({ form, onChange }: SectionProps) {
  const { t } = useTranslation();
  const set = (annexes: AnnexDraft[]) => onChange({ annexes });
  return (
    <Fieldset legend={t('cooperation.annexes.title')}>
      <Stack gap="sm">
        {form.annexes.length === 0 && <Text c="dimmed">{t('cooperation.annexes.none')}</Text>}
        {form.annexes.map((annex, index) => (
          <AnnexRow
            key={annex.key}
            annex={annex}
            number={index + 1}
            onChange={(patch) =>
              set(form.annexes.map((row) => (row.key === annex.key ? { ...row, ...patch } : row)))
            }
            onRemove={() => set(form.annexes.filter((row) => row.key !== annex.key))}
          />
        ))}
        <div>
          <Button
            variant="light"
            size="compact-sm"
            disabled={form.annexes.length >= 100}
            onClick={() =>
              set([
                ...form.annexes,
                {
                  key: nextKey(form.annexes),
                  title: '',
                  pages: '',
                  language: form.language || 'ar',
                  isTranslation: false,
                },
              ])
            }
          >
            {t('cooperation.annexes.add')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

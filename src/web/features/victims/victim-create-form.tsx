import {
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VictimDetail } from '#shared/contracts/victims.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { currentLocale } from '#web/lib/i18n.js';
import { useLanguageOptions } from '#web/lib/languages.js';
import { COUNTRIES, optionsOf, type CodeOption } from '#web/lib/reference.js';
import { ContactFields, DocumentFields } from './identity-list-fields.js';
import { EMPTY_VICTIM_FORM, toVictimBody, type VictimFormValues } from './victim-form.js';
import { SEXES, SEX_KEYS } from './victim-labels.js';
import { useVictimWrite, victimPath } from './victims-api.js';

type FieldsProps = {
  values: VictimFormValues;
  countries: CodeOption[];
  onChange: (patch: Partial<VictimFormValues>) => void;
};

function isSex(value: string): value is VictimFormValues['sex'] {
  return (SEXES as readonly string[]).includes(value);
}

/** Names carry their own direction: Arabic script right-to-left, Latin script left-to-right. */
function PersonFields({ values, countries, onChange }: FieldsProps) {
  const { t } = useTranslation();
  const languages = useLanguageOptions();
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('victims.nameArabic')}
          dir="rtl"
          lang="ar"
          maxLength={200}
          value={values.nameArabic}
          onChange={(event) => onChange({ nameArabic: event.currentTarget.value })}
        />
        <TextInput
          label={t('victims.nameLatin')}
          dir="ltr"
          maxLength={200}
          value={values.nameLatin}
          onChange={(event) => onChange({ nameLatin: event.currentTarget.value })}
        />
      </SimpleGrid>
      <Radio.Group
        label={t('victims.sex')}
        required
        value={values.sex}
        onChange={(value) => {
          if (isSex(value)) onChange({ sex: value });
        }}
      >
        <Group gap="md" mt={4}>
          {SEXES.map((code) => (
            <Radio key={code} value={code} label={t(SEX_KEYS[code])} />
          ))}
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          type="date"
          label={t('victims.birthDate')}
          description={t('victims.birthDateHint')}
          value={values.birthDate}
          onChange={(event) => onChange({ birthDate: event.currentTarget.value })}
        />
        <NumberInput
          label={t('victims.birthYear')}
          min={1900}
          max={2100}
          allowDecimal={false}
          thousandSeparator={false}
          disabled={values.birthDate !== ''}
          value={values.birthYear}
          onChange={(birthYear) => onChange({ birthYear })}
        />
        <Select
          label={t('victims.citizenship')}
          placeholder={t('victims.citizenshipUnknown')}
          data={countries}
          searchable
          clearable
          value={values.citizenship}
          onChange={(citizenship) => onChange({ citizenship })}
        />
        <MultiSelect
          label={t('victims.languages')}
          data={languages}
          searchable
          maxValues={10}
          value={values.languages}
          onChange={(codes) => onChange({ languages: codes })}
        />
      </SimpleGrid>
    </>
  );
}

export function VictimCreateForm({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const countries = optionsOf(COUNTRIES, currentLocale(i18n), true);
  const [values, setValues] = useState(EMPTY_VICTIM_FORM);
  const onChange = (patch: Partial<VictimFormValues>) => setValues((old) => ({ ...old, ...patch }));
  const create = useVictimWrite(caseId, (body: VictimFormValues) =>
    api.send('POST', victimPath(caseId), toVictimBody(body), VictimDetail),
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate(values);
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="victim-create-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="victim-create-title">
            {t('victims.createTitle')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('victims.none')}
          </Text>
          <PersonFields values={values} countries={countries} onChange={onChange} />
          <DocumentFields
            rows={values.documents}
            countries={countries}
            onChange={(documents) => onChange({ documents })}
          />
          <ContactFields rows={values.contacts} onChange={(contacts) => onChange({ contacts })} />
          <NumberInput
            label={t('victims.reflectionDays')}
            description={t('victims.reflectionDaysHint')}
            min={0}
            max={365}
            allowDecimal={false}
            value={values.reflectionDays}
            onChange={(reflectionDays) => onChange({ reflectionDays })}
          />
          <ErrorAlert error={create.error} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('victims.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

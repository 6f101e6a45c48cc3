import {
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COOPERATION_URGENCIES, REQUEST_LANGUAGES } from '#shared/domain/cooperation.js';
import { acceptedLanguagesOf } from '#shared/domain/cooperation-languages.js';
import {
  CHANNEL_CODES,
  COOPERATION_TYPE_CODES,
  LEGAL_BASIS_CODES,
  REGIONAL_INSTRUMENT_CODES,
  legalBasisRequirement,
  measuresOfType,
  typeArticle,
} from '#shared/reference/cooperation-codes.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf, optionsOf } from '#web/lib/reference.js';
import { fieldId, type FormPatch, type RequestForm } from './cooperation-form.js';
import { URGENCY_KEYS, referenceLabels } from './cooperation-labels.js';

export type SectionProps = {
  form: RequestForm;
  onChange: (patch: FormPatch) => void;
  /** Type, country and direction are fixed once the request exists. */
  mode: 'create' | 'edit';
  /** Types this user may draft (investigators: police-to-police only). */
  allowedTypes: readonly string[];
  /** Only the central authority records incoming requests. */
  mayRecordIncoming: boolean;
};

const DETAIL_LABEL_KEYS = {
  treaty_reference: 'cooperation.form.detail.treaty_reference',
  regional_instrument: 'cooperation.form.detail.regional_instrument',
  reciprocity_undertaking: 'cooperation.form.detail.reciprocity_undertaking',
  domestic_law_reference: 'cooperation.form.detail.domestic_law_reference',
} as const;

function IncomingFields({ form, onChange }: SectionProps) {
  const { t, i18n } = useTranslation();
  const labels = referenceLabels(currentLocale(i18n));
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        type="datetime-local"
        label={t('cooperation.form.receivedAt')}
        required
        value={form.receivedAt}
        onChange={(event) => onChange({ receivedAt: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('cooperation.form.channel')}
        required
        value={form.channel}
        onChange={(event) => onChange({ channel: event.currentTarget.value })}
        data={[
          { value: '', label: t('common.choose') },
          ...CHANNEL_CODES.map((code) => ({ value: code, label: labels.channel(code) })),
        ]}
      />
      <TextInput
        label={t('cooperation.form.foreignReference')}
        required
        dir="auto"
        maxLength={100}
        value={form.foreignReference}
        onChange={(event) => onChange({ foreignReference: event.currentTarget.value })}
      />
    </SimpleGrid>
  );
}

/** What the request is, to whom, and how urgent. */
export function GeneralSection(props: SectionProps) {
  const { form, onChange, mode } = props;
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const labels = referenceLabels(locale);
  const article = typeArticle(form.type);
  return (
    <Fieldset legend={t('cooperation.form.generalTitle')}>
      <Stack gap="sm">
        {mode === 'create' && props.mayRecordIncoming && (
          <Radio.Group
            label={t('cooperation.form.direction')}
            value={form.direction}
            onChange={(value) =>
              onChange({ direction: value === 'incoming' ? 'incoming' : 'outgoing' })
            }
          >
            <Group mt={4}>
              <Radio value="outgoing" label={t('cooperation.direction.outgoing')} />
              <Radio value="incoming" label={t('cooperation.direction.incoming')} />
            </Group>
          </Radio.Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('cooperation.form.type')}
            required
            disabled={mode === 'edit'}
            description={article ? t('cooperation.form.typeArticle', article) : undefined}
            data={COOPERATION_TYPE_CODES.filter((code) => props.allowedTypes.includes(code)).map(
              (code) => ({ value: code, label: labels.type(code) }),
            )}
            value={form.type}
            allowDeselect={false}
            onChange={(value) => {
              if (value) onChange({ type: value, measures: [] });
            }}
          />
          <Select
            label={t('cooperation.form.foreignCountry')}
            required
            searchable
            disabled={mode === 'edit'}
            data={optionsOf(COUNTRIES, locale, true)}
            value={form.foreignCountry || null}
            onChange={(value) => onChange({ foreignCountry: value ?? '' })}
          />
        </SimpleGrid>
        {form.direction === 'incoming' && <IncomingFields {...props} />}
        <Radio.Group
          label={t('cooperation.form.urgency')}
          value={form.urgency}
          onChange={(value) => onChange({ urgency: value === 'urgent' ? 'urgent' : 'normal' })}
        >
          <Group mt={4}>
            {COOPERATION_URGENCIES.map((code) => (
              <Radio key={code} value={code} label={t(URGENCY_KEYS[code])} />
            ))}
          </Group>
        </Radio.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id={fieldId('requestingAuthority')}
            label={t('cooperation.form.requestingAuthority')}
            dir="auto"
            maxLength={300}
            value={form.requestingAuthority}
            onChange={(event) => onChange({ requestingAuthority: event.currentTarget.value })}
          />
          <TextInput
            id={fieldId('requestedAuthority')}
            label={t('cooperation.form.requestedAuthority')}
            description={t('cooperation.form.requestedAuthorityHint')}
            dir="auto"
            maxLength={300}
            value={form.requestedAuthority}
            onChange={(event) => onChange({ requestedAuthority: event.currentTarget.value })}
          />
        </SimpleGrid>
        <TextInput
          type="date"
          label={t('cooperation.form.dueOn')}
          description={t('cooperation.form.dueOnHint')}
          value={form.dueOn}
          onChange={(event) => onChange({ dueOn: event.currentTarget.value })}
          maw={260}
        />
      </Stack>
    </Fieldset>
  );
}

/** The UNTOC art. 18(3) measures (or the type's own steps), each with its paragraph. */
export function MeasuresSection({ form, onChange }: SectionProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const measures = measuresOfType(form.type);
  if (measures.length === 0) return null;
  return (
    <Checkbox.Group
      id={fieldId('measures')}
      label={t('cooperation.form.measures')}
      description={t('cooperation.form.measuresHint')}
      value={form.measures}
      onChange={(value) => onChange({ measures: value })}
    >
      <Stack gap={6} mt="xs">
        {measures.map((measure) => (
          <Checkbox
            key={measure.code}
            value={measure.code}
            label={
              <>
                {measure.paragraph && (
                  <Text span fw={600} me={6}>
                    <bdi dir="ltr">{measure.paragraph}</bdi>
                  </Text>
                )}
                {measure.label[locale]}
              </>
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** The legal basis and the detail each basis needs (treaty reference, instrument...). */
export function LegalBasisSection({ form, onChange }: SectionProps) {
  const { t, i18n } = useTranslation();
  const labels = referenceLabels(currentLocale(i18n));
  const requirement = form.legalBasis ? legalBasisRequirement(form.legalBasis) : null;
  const needsText =
    requirement !== null &&
    (requirement !== 'regional_instrument' || form.legalBasisInstrument === 'OTHER_REGIONAL');
  return (
    <Fieldset legend={t('cooperation.form.legalBasisTitle')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          id={fieldId('legalBasis')}
          label={t('cooperation.form.legalBasis')}
          value={form.legalBasis}
          onChange={(event) => onChange({ legalBasis: event.currentTarget.value })}
          data={[
            { value: '', label: t('common.choose') },
            ...LEGAL_BASIS_CODES.map((code) => ({ value: code, label: labels.legalBasis(code) })),
          ]}
        />
        {requirement === 'regional_instrument' && (
          <NativeSelect
            id={fieldId('legalBasisInstrument')}
            label={t(DETAIL_LABEL_KEYS.regional_instrument)}
            value={form.legalBasisInstrument}
            onChange={(event) => onChange({ legalBasisInstrument: event.currentTarget.value })}
            data={[
              { value: '', label: t('common.choose') },
              ...REGIONAL_INSTRUMENT_CODES.map((code) => ({
                value: code,
                label: labels.instrument(code),
              })),
            ]}
          />
        )}
        {form.legalBasis !== '' && (
          <TextInput
            id={fieldId('legalBasisDetail')}
            label={
              needsText && requirement !== 'regional_instrument'
                ? t(DETAIL_LABEL_KEYS[requirement])
                : t('cooperation.form.detail.optional')
            }
            required={needsText}
            dir="auto"
            maxLength={300}
            value={form.legalBasisDetail}
            onChange={(event) => onChange({ legalBasisDetail: event.currentTarget.value })}
          />
        )}
      </SimpleGrid>
    </Fieldset>
  );
}

/** The language of the request and its translations, with what the requested State accepts. */
export function LanguageSection({ form, onChange }: SectionProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  const accepted = form.foreignCountry ? acceptedLanguagesOf(form.foreignCountry) : [];
  return (
    <Fieldset legend={t('cooperation.form.languageTitle')}>
      <Stack gap="sm">
        {accepted.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('cooperation.form.acceptedLanguages', {
              country: labelOf(COUNTRIES, form.foreignCountry, locale),
              languages: format.list(accepted.map((code) => format.language(code))),
            })}
          </Text>
        )}
        <NativeSelect
          id={fieldId('language')}
          label={t('cooperation.form.language')}
          maw={260}
          value={form.language}
          onChange={(event) => onChange({ language: event.currentTarget.value })}
          data={[
            { value: '', label: t('common.choose') },
            ...REQUEST_LANGUAGES.map((code) => ({ value: code, label: format.language(code) })),
          ]}
        />
        <Checkbox.Group
          label={t('cooperation.form.translations')}
          value={form.translationLanguages}
          onChange={(value) => onChange({ translationLanguages: value })}
        >
          <Group mt={4}>
            {REQUEST_LANGUAGES.filter((code) => code !== form.language).map((code) => (
              <Checkbox key={code} value={code} label={format.language(code)} />
            ))}
          </Group>
        </Checkbox.Group>
      </Stack>
    </Fieldset>
  );
}

import { Checkbox, Fieldset, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeLists } from '#web/lib/public-config.js';
import { MIN_WHAT_WAS_SEEN, type TipFormValues } from '#web/lib/tip-form.js';
import { AttachmentsField } from './attachments-field.js';

type Props = {
  values: TipFormValues;
  onChange: (patch: Partial<TipFormValues>) => void;
};

function ContactFields({ values, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('report.contactLegend')}>
      <Stack gap="sm">
        <Checkbox
          label={t('report.stayAnonymous')}
          description={t('report.anonymityNote')}
          checked={values.isAnonymous}
          onChange={(event) => onChange({ isAnonymous: event.currentTarget.checked })}
        />
        {!values.isAnonymous && (
          <>
            <TextInput
              label={t('report.contactName')}
              dir="auto"
              autoComplete="name"
              value={values.contactName}
              onChange={(event) => onChange({ contactName: event.currentTarget.value })}
            />
            <TextInput
              label={t('report.contactPhone')}
              type="tel"
              dir="ltr"
              autoComplete="tel"
              value={values.contactPhone}
              onChange={(event) => onChange({ contactPhone: event.currentTarget.value })}
            />
            <TextInput
              label={t('report.contactEmail')}
              type="email"
              dir="ltr"
              autoComplete="email"
              value={values.contactEmail}
              onChange={(event) => onChange({ contactEmail: event.currentTarget.value })}
            />
          </>
        )}
      </Stack>
    </Fieldset>
  );
}

/** The fields of a tip, shared by the public form and the hotline intake form. */
export function TipFormFields({ values, onChange }: Props) {
  const { t } = useTranslation();
  const { regions, categories } = useCodeLists();
  return (
    <Stack>
      <Textarea
        label={t('report.whatWasSeen')}
        dir="auto"
        description={t('report.whatWasSeenHint', { count: MIN_WHAT_WAS_SEEN })}
        required
        autosize
        minRows={4}
        maxLength={5000}
        value={values.whatWasSeen}
        onChange={(event) => onChange({ whatWasSeen: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('report.region')}
        data={[{ value: '', label: t('report.regionUnknown') }, ...regions]}
        value={values.regionCode}
        onChange={(event) => onChange({ regionCode: event.currentTarget.value })}
      />
      <TextInput
        label={t('report.location')}
        dir="auto"
        description={t('report.locationHint')}
        maxLength={500}
        value={values.locationText}
        onChange={(event) => onChange({ locationText: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('report.category')}
        data={[{ value: '', label: t('report.categoryUnknown') }, ...categories]}
        value={values.category}
        onChange={(event) => onChange({ category: event.currentTarget.value })}
      />
      <Textarea
        label={t('report.peopleInvolved')}
        dir="auto"
        description={t('report.peopleInvolvedHint')}
        autosize
        minRows={2}
        maxLength={2000}
        value={values.peopleInvolved}
        onChange={(event) => onChange({ peopleInvolved: event.currentTarget.value })}
      />
      <Checkbox
        label={t('report.childInvolved')}
        checked={values.childInvolved}
        onChange={(event) => onChange({ childInvolved: event.currentTarget.checked })}
      />
      <Checkbox
        label={t('report.imminentDanger')}
        description={t('report.imminentDangerHint')}
        checked={values.imminentDanger}
        onChange={(event) => onChange({ imminentDanger: event.currentTarget.checked })}
      />
      <ContactFields values={values} onChange={onChange} />
      <AttachmentsField files={values.files} onChange={(files) => onChange({ files })} />
    </Stack>
  );
}

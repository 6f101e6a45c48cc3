import { ActionIcon, Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_KINDS,
  CONTACT_KIND_KEYS,
  DOCUMENT_TYPES,
  DOCUMENT_TYPE_KEYS,
} from './victim-labels.js';

export type DocumentRow = {
  type: (typeof DOCUMENT_TYPES)[number];
  number: string;
  issuingCountry: string;
};
export type ContactRow = { kind: (typeof CONTACT_KINDS)[number]; value: string };
type Option = { value: string; label: string };

function isDocumentType(value: string): value is DocumentRow['type'] {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}
function isContactKind(value: string): value is ContactRow['kind'] {
  return (CONTACT_KINDS as readonly string[]).includes(value);
}

/** Identity documents: type, number (Latin digits, left-to-right) and issuing country. */
export function DocumentFields({
  rows,
  countries,
  onChange,
}: {
  rows: DocumentRow[];
  countries: Option[];
  onChange: (rows: DocumentRow[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<DocumentRow>) =>
    onChange(rows.map((row, other) => (other === index ? { ...row, ...patch } : row)));
  return (
    <Fieldset legend={t('victims.documents')}>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <Group key={index} gap="sm" align="end" wrap="wrap">
            <NativeSelect
              label={t('victims.documentType')}
              data={DOCUMENT_TYPES.map((code) => ({
                value: code,
                label: t(DOCUMENT_TYPE_KEYS[code]),
              }))}
              value={row.type}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isDocumentType(value)) update(index, { type: value });
              }}
            />
            <TextInput
              label={t('victims.documentNumber')}
              dir="ltr"
              maxLength={60}
              value={row.number}
              onChange={(event) => update(index, { number: event.currentTarget.value })}
            />
            <NativeSelect
              label={t('victims.issuingCountry')}
              data={[{ value: '', label: t('common.notSpecified') }, ...countries]}
              value={row.issuingCountry}
              onChange={(event) => update(index, { issuingCountry: event.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('victims.removeDocument')}
              onClick={() => onChange(rows.filter((_, other) => other !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            disabled={rows.length >= 10}
            onClick={() =>
              onChange([...rows, { type: 'passport', number: '', issuingCountry: '' }])
            }
          >
            {t('victims.addDocument')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Phone numbers and e-mail addresses read left to right; addresses follow their own script. */
export function ContactFields({
  rows,
  onChange,
}: {
  rows: ContactRow[];
  onChange: (rows: ContactRow[]) => void;
}) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ContactRow>) =>
    onChange(rows.map((row, other) => (other === index ? { ...row, ...patch } : row)));
  return (
    <Fieldset legend={t('victims.contacts')}>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <Group key={index} gap="sm" align="end" wrap="wrap">
            <NativeSelect
              label={t('victims.contactKind')}
              data={CONTACT_KINDS.map((code) => ({
                value: code,
                label: t(CONTACT_KIND_KEYS[code]),
              }))}
              value={row.kind}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isContactKind(value)) update(index, { kind: value });
              }}
            />
            <TextInput
              label={t('victims.contactValue')}
              dir={row.kind === 'address' ? 'auto' : 'ltr'}
              maxLength={300}
              value={row.value}
              onChange={(event) => update(index, { value: event.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('victims.removeContact')}
              onClick={() => onChange(rows.filter((_, other) => other !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            disabled={rows.length >= 10}
            onClick={() => onChange([...rows, { kind: 'phone', value: '' }])}
          >
            {t('victims.addContact')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

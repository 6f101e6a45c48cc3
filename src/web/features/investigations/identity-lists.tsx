import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_KINDS, DOCUMENT_TYPES } from '#shared/domain/investigation.js';
import type { CodeOption } from '#web/lib/reference.js';
import { ACCOUNT_KIND_KEYS, DOCUMENT_TYPE_KEYS, isOneOf } from './investigation-labels.js';
import type { AccountRow, DocumentRow, IdentityDraft, TextRow, VehicleRow } from './person-form.js';
import { RowsField } from './rows-field.js';

type Props = {
  draft: IdentityDraft;
  countries: CodeOption[];
  onChange: (patch: Partial<IdentityDraft>) => void;
};

function DocumentRows({ draft, countries, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <RowsField<DocumentRow>
      legend={t('investigations.persons.documents')}
      rows={draft.documents}
      max={20}
      addLabel={t('investigations.persons.addDocument')}
      removeLabel={(number) => t('investigations.persons.removeDocument', { number })}
      empty={() => ({ type: 'passport', number: '', issuingCountry: '' })}
      onChange={(documents) => onChange({ documents })}
      renderRow={(row, number, update) => (
        <>
          <NativeSelect
            label={t('investigations.persons.documentType', { number })}
            data={DOCUMENT_TYPES.map((code) => ({
              value: code,
              label: t(DOCUMENT_TYPE_KEYS[code]),
            }))}
            value={row.type}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(DOCUMENT_TYPES, value)) update({ type: value });
            }}
          />
          <TextInput
            label={t('investigations.persons.documentNumber', { number })}
            dir="ltr"
            maxLength={60}
            value={row.number}
            onChange={(event) => update({ number: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('investigations.persons.issuingCountry', { number })}
            data={[{ value: '', label: t('common.notSpecified') }, ...countries]}
            value={row.issuingCountry}
            onChange={(event) => update({ issuingCountry: event.currentTarget.value })}
          />
        </>
      )}
    />
  );
}

function TextRows({
  kind,
  rows,
  onChange,
}: {
  kind: 'phones' | 'addresses';
  rows: TextRow[];
  onChange: (rows: TextRow[]) => void;
}) {
  const { t } = useTranslation();
  const isPhone = kind === 'phones';
  return (
    <RowsField<TextRow>
      legend={isPhone ? t('investigations.persons.phones') : t('investigations.persons.addresses')}
      rows={rows}
      max={20}
      addLabel={
        isPhone ? t('investigations.persons.addPhone') : t('investigations.persons.addAddress')
      }
      removeLabel={(number) =>
        isPhone
          ? t('investigations.persons.removePhone', { number })
          : t('investigations.persons.removeAddress', { number })
      }
      empty={() => ({ value: '' })}
      onChange={onChange}
      renderRow={(row, number, update) => (
        <TextInput
          className="grow"
          label={
            isPhone
              ? t('investigations.persons.phoneNumber', { number })
              : t('investigations.persons.addressNumber', { number })
          }
          type={isPhone ? 'tel' : 'text'}
          dir={isPhone ? 'ltr' : 'auto'}
          maxLength={isPhone ? 40 : 300}
          value={row.value}
          onChange={(event) => update({ value: event.currentTarget.value })}
        />
      )}
    />
  );
}

function AccountRows({ draft, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <RowsField<AccountRow>
      legend={t('investigations.persons.accounts')}
      rows={draft.accounts}
      max={20}
      addLabel={t('investigations.persons.addAccount')}
      removeLabel={(number) => t('investigations.persons.removeAccount', { number })}
      empty={() => ({ kind: 'bank', value: '' })}
      onChange={(accounts) => onChange({ accounts })}
      renderRow={(row, number, update) => (
        <>
          <NativeSelect
            label={t('investigations.persons.accountKind', { number })}
            data={ACCOUNT_KINDS.map((code) => ({ value: code, label: t(ACCOUNT_KIND_KEYS[code]) }))}
            value={row.kind}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(ACCOUNT_KINDS, value)) update({ kind: value });
            }}
          />
          <TextInput
            className="grow"
            label={t('investigations.persons.accountValue', { number })}
            dir="ltr"
            maxLength={120}
            value={row.value}
            onChange={(event) => update({ value: event.currentTarget.value })}
          />
        </>
      )}
    />
  );
}

function VehicleRows({ draft, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <RowsField<VehicleRow>
      legend={t('investigations.persons.vehicles')}
      rows={draft.vehicles}
      max={20}
      addLabel={t('investigations.persons.addVehicle')}
      removeLabel={(number) => t('investigations.persons.removeVehicle', { number })}
      empty={() => ({ plate: '', description: '' })}
      onChange={(vehicles) => onChange({ vehicles })}
      renderRow={(row, number, update) => (
        <>
          <TextInput
            label={t('investigations.persons.plate', { number })}
            dir="ltr"
            maxLength={30}
            value={row.plate}
            onChange={(event) => update({ plate: event.currentTarget.value })}
          />
          <TextInput
            className="grow"
            label={t('investigations.persons.vehicleDescription', { number })}
            dir="auto"
            maxLength={200}
            value={row.description}
            onChange={(event) => update({ description: event.currentTarget.value })}
          />
        </>
      )}
    />
  );
}

/** Documents, phones, accounts, vehicles and addresses of a person. */
export function IdentityLists(props: Props) {
  return (
    <>
      <DocumentRows {...props} />
      <TextRows
        kind="phones"
        rows={props.draft.phones}
        onChange={(phones) => props.onChange({ phones })}
      />
      <AccountRows {...props} />
      <VehicleRows {...props} />
      <TextRows
        kind="addresses"
        rows={props.draft.addresses}
        onChange={(addresses) => props.onChange({ addresses })}
      />
    </>
  );
}

import { NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NAME_SCRIPTS } from '#shared/domain/investigation.js';
import { isOneOf } from './investigation-labels.js';
import type { NameRow } from './person-form.js';
import { RowsField } from './rows-field.js';

const SCRIPT_KEYS = {
  arab: 'investigations.persons.scripts.arab',
  latn: 'investigations.persons.scripts.latn',
} as const;

/** Names or aliases, each in its script; the input runs in that script's direction. */
export function NameRows({
  kind,
  rows,
  onChange,
}: {
  kind: 'names' | 'aliases';
  rows: NameRow[];
  onChange: (rows: NameRow[]) => void;
}) {
  const { t } = useTranslation();
  const isNames = kind === 'names';
  return (
    <RowsField<NameRow>
      legend={isNames ? t('investigations.persons.names') : t('investigations.persons.aliases')}
      rows={rows}
      max={isNames ? 10 : 20}
      addLabel={
        isNames ? t('investigations.persons.addName') : t('investigations.persons.addAlias')
      }
      removeLabel={(number) =>
        isNames
          ? t('investigations.persons.removeName', { number })
          : t('investigations.persons.removeAlias', { number })
      }
      empty={() => ({ script: 'latn', value: '' })}
      onChange={onChange}
      renderRow={(row, number, update) => (
        <>
          <NativeSelect
            label={t('investigations.persons.script', { number })}
            data={NAME_SCRIPTS.map((code) => ({ value: code, label: t(SCRIPT_KEYS[code]) }))}
            value={row.script}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(NAME_SCRIPTS, value)) update({ script: value });
            }}
          />
          <TextInput
            className="grow"
            label={
              isNames
                ? t('investigations.persons.nameNumber', { number })
                : t('investigations.persons.aliasNumber', { number })
            }
            dir={row.script === 'arab' ? 'rtl' : 'ltr'}
            lang={row.script === 'arab' ? 'ar' : undefined}
            maxLength={200}
            value={row.value}
            onChange={(event) => update({ value: event.currentTarget.value })}
          />
        </>
      )}
    />
  );
}

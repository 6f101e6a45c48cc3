import { Button, Modal, NativeSelect, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '#shared/contracts/admin.js';
import { AGENCY_KINDS, type AgencyKind } from '#shared/domain/roles.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { AGENCY_KIND_KEYS } from '#web/lib/labels.js';
import { useCodeLists } from '#web/lib/public-config.js';
import { useAgencyWrite } from './admin-api.js';

type Props = { agency: Agency | null; countryCode: string; onClose: () => void };

function isAgencyKind(value: string): value is AgencyKind {
  return (AGENCY_KINDS as readonly string[]).includes(value);
}

function bodyOf(
  agency: Agency | null,
  fields: { name: string; kind: AgencyKind; region: string; isActive: boolean },
  countryCode: string,
) {
  const regionCode = fields.region || null;
  if (!agency) return { countryCode, kind: fields.kind, name: fields.name, regionCode };
  return { name: fields.name, regionCode, isActive: fields.isActive, version: agency.version };
}

/** Creates an agency (agency = null) or edits one; the page passes the freshest row. */
export function AgencyModal({ agency, countryCode, onClose }: Props) {
  const { t } = useTranslation();
  const { regions } = useCodeLists();
  const [name, setName] = useState(agency?.name ?? '');
  const [kind, setKind] = useState<AgencyKind>(agency?.kind ?? 'ministry');
  const [region, setRegion] = useState(agency?.regionCode ?? '');
  const [isActive, setIsActive] = useState(agency?.isActive ?? true);
  const write = useAgencyWrite(onClose);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate({
      method: agency ? 'PATCH' : 'POST',
      path: agency ? `/api/admin/agencies/${agency.id}` : '/api/admin/agencies',
      body: bodyOf(agency, { name, kind, region, isActive }, countryCode),
    });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={agency ? t('admin.editAgency') : t('admin.createAgency')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('admin.agencyName')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('admin.agencyKind')}
            required
            disabled={agency !== null}
            data={AGENCY_KINDS.map((code) => ({ value: code, label: t(AGENCY_KIND_KEYS[code]) }))}
            value={kind}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isAgencyKind(value)) setKind(value);
            }}
          />
          <NativeSelect
            label={t('admin.agencyRegion')}
            data={[{ value: '', label: t('admin.nationwide') }, ...regions]}
            value={region}
            onChange={(event) => setRegion(event.currentTarget.value)}
          />
          {agency && (
            <Switch
              label={t('admin.active')}
              checked={isActive}
              onChange={(event) => setIsActive(event.currentTarget.checked)}
            />
          )}
          <ErrorAlert error={write.error} />
          <Button type="submit" loading={write.isPending}>
            {agency ? t('common.save') : t('admin.createAgency')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

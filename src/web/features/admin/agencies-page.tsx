import { Badge, Button, Group, Stack, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '#shared/contracts/admin.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { AGENCY_KIND_KEYS } from '#web/lib/labels.js';
import { useCodeLists } from '#web/lib/public-config.js';
import { useSession } from '#web/lib/session.js';
import { useAdminAgencies } from './admin-api.js';
import { AgencyModal } from './agency-modal.js';

type Editing = { mode: 'create' } | { mode: 'edit'; id: string } | null;

export function AgenciesPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const agencies = useAdminAgencies();
  const { regionLabel } = useCodeLists();
  const [editing, setEditing] = useState<Editing>(null);
  const items = agencies.data?.items ?? [];
  const editedAgency =
    editing?.mode === 'edit' ? items.find((agency) => agency.id === editing.id) : undefined;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('admin.agenciesTitle')}</Title>
        <Button onClick={() => setEditing({ mode: 'create' })}>{t('admin.createAgency')}</Button>
      </Group>
      <ErrorAlert error={agencies.error} />
      <DataTable<Agency>
        aria-label={t('admin.agenciesTitle')}
        withTableBorder
        borderRadius="md"
        minHeight={180}
        records={items}
        fetching={agencies.isFetching}
        noRecordsText={t('admin.noAgencies')}
        columns={[
          {
            accessor: 'name',
            title: t('admin.agencyName'),
            render: (agency) => <bdi>{agency.name}</bdi>,
          },
          {
            accessor: 'kind',
            title: t('admin.agencyKind'),
            render: (agency) => t(AGENCY_KIND_KEYS[agency.kind]),
          },
          {
            accessor: 'regionCode',
            title: t('admin.agencyRegion'),
            render: (agency) => regionLabel(agency.regionCode) ?? t('admin.nationwide'),
          },
          {
            accessor: 'isActive',
            title: t('admin.state'),
            render: (agency) => (
              <Badge color={agency.isActive ? 'teal' : 'gray'} variant="light">
                {agency.isActive ? t('admin.active') : t('admin.inactive')}
              </Badge>
            ),
          },
          {
            accessor: 'id',
            title: t('admin.actions'),
            render: (agency) => (
              <Button
                size="compact-sm"
                variant="light"
                aria-label={t('admin.editAgencyNamed', { name: agency.name })}
                onClick={() => setEditing({ mode: 'edit', id: agency.id })}
              >
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      {editing?.mode === 'create' && (
        <AgencyModal
          agency={null}
          countryCode={session?.user.countryCode ?? ''}
          onClose={() => setEditing(null)}
        />
      )}
      {editedAgency && (
        <AgencyModal
          key={editedAgency.id}
          agency={editedAgency}
          countryCode={editedAgency.countryCode}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

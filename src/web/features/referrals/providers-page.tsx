import {
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provider } from '#shared/contracts/referrals.js';
import { SERVICE_CODES, type ServiceCode } from '#shared/domain/services.js';
import { QueryState } from '#web/components/query-state.js';
import { SERVICE_KEYS } from '#web/features/victims/victim-labels.js';
import { isolate, useFormat } from '#web/lib/format.js';
import { useLanguageOptions } from '#web/lib/languages.js';
import { useCodeLists } from '#web/lib/public-config.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { PlacesModal, ProviderModal } from './provider-modal.js';
import { DIRECTORY_MANAGER_ROLES, useProviders, type ProviderFilter } from './referrals-api.js';

function isService(value: string): value is ServiceCode {
  return (SERVICE_CODES as readonly string[]).includes(value);
}

type Editing = { kind: 'create' } | { kind: 'edit' | 'places'; provider: Provider } | null;

function ProviderRow({ item, onEdit }: { item: Provider; onEdit: (editing: Editing) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession().data;
  const { regionLabel } = useCodeLists();
  const isManager = hasAnyRole(session, DIRECTORY_MANAGER_ROLES);
  const isOwn = session?.user.agencyId === item.agencyId && hasAnyRole(session, ['case_worker']);
  return (
    <Table.Tr className={item.isActive ? undefined : 'withdrawn-row'}>
      <Table.Td>
        <Text fw={600}>
          <bdi>{item.name}</bdi>
        </Text>
        <Text size="xs" c="dimmed">
          <bdi>{item.agencyName}</bdi>
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          {item.services.map((code) => (
            <Badge key={code} variant="light">
              {t(SERVICE_KEYS[code])}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>{format.list(item.languages.map((code) => format.language(code)))}</Table.Td>
      <Table.Td>{format.list(item.regionCodes.map((code) => regionLabel(code) ?? code))}</Table.Td>
      <Table.Td>
        <Text
          fw={item.availablePlaces === 0 ? 700 : 400}
          c={item.availablePlaces === 0 ? 'red.8' : 'inherit'}
        >
          {t('providers.placesOf', {
            available: isolate(format.number(item.availablePlaces)),
            capacity: isolate(format.number(item.capacity)),
          })}
        </Text>
      </Table.Td>
      <Table.Td>
        {isManager && (
          <Button
            size="compact-sm"
            variant="light"
            aria-label={t('providers.editNamed', { name: item.name })}
            onClick={() => onEdit({ kind: 'edit', provider: item })}
          >
            {t('providers.edit')}
          </Button>
        )}
        {!isManager && isOwn && (
          <Button
            size="compact-sm"
            variant="light"
            aria-label={t('providers.placesNamed', { name: item.name })}
            onClick={() => onEdit({ kind: 'places', provider: item })}
          >
            {t('providers.updatePlaces')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function ProvidersPage() {
  const { t } = useTranslation();
  const session = useSession().data;
  const languages = useLanguageOptions();
  const { regions } = useCodeLists();
  const [filter, setFilter] = useState<ProviderFilter>({
    service: '',
    region: '',
    language: '',
    hasFreePlaces: false,
  });
  const [editing, setEditing] = useState<Editing>(null);
  const providers = useProviders(filter);
  const change = (patch: Partial<ProviderFilter>) => setFilter((old) => ({ ...old, ...patch }));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('providers.title')}</Title>
        {hasAnyRole(session, DIRECTORY_MANAGER_ROLES) && (
          <Button onClick={() => setEditing({ kind: 'create' })}>{t('providers.create')}</Button>
        )}
      </Group>
      <Group align="flex-end" gap="md" role="search" aria-label={t('providers.filters')}>
        <NativeSelect
          label={t('providers.service')}
          value={filter.service}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change({ service: isService(value) ? value : '' });
          }}
          data={[
            { value: '', label: t('common.all') },
            ...SERVICE_CODES.map((code) => ({ value: code, label: t(SERVICE_KEYS[code]) })),
          ]}
        />
        <NativeSelect
          label={t('providers.region')}
          value={filter.region}
          onChange={(event) => change({ region: event.currentTarget.value })}
          data={[{ value: '', label: t('common.all') }, ...regions]}
        />
        <Select
          label={t('providers.language')}
          searchable
          clearable
          data={languages}
          value={filter.language === '' ? null : filter.language}
          onChange={(value) => change({ language: value ?? '' })}
        />
        <Checkbox
          label={t('providers.freePlacesOnly')}
          checked={filter.hasFreePlaces}
          onChange={(event) => change({ hasFreePlaces: event.currentTarget.checked })}
        />
      </Group>
      <QueryState query={providers}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">{t('providers.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={860}>
              <Table striped withTableBorder verticalSpacing="xs">
                <Table.Caption>{t('providers.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('providers.name')}</Table.Th>
                    <Table.Th>{t('providers.services')}</Table.Th>
                    <Table.Th>{t('providers.languages')}</Table.Th>
                    <Table.Th>{t('providers.regions')}</Table.Th>
                    <Table.Th>{t('providers.availablePlaces')}</Table.Th>
                    <Table.Th>{t('providers.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((item) => (
                    <ProviderRow key={item.id} item={item} onEdit={setEditing} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>
      {editing?.kind === 'create' && (
        <ProviderModal provider={null} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'edit' && (
        <ProviderModal provider={editing.provider} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'places' && (
        <PlacesModal provider={editing.provider} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

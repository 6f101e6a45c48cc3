import {
  Button,
  Group,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestigationDetail } from '#shared/contracts/investigations.js';
import { LOCATION_KINDS, acceptsNewContent } from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf, optionsOf } from '#web/lib/reference.js';
import { LOCATION_KIND_KEYS, isOneOf } from './investigation-labels.js';
import { useInvestigationWrite } from './investigations-api.js';

type Kind = (typeof LOCATION_KINDS)[number];
type Draft = { label: string; kind: Kind; countryCode: string | null; address: string };
const EMPTY: Draft = { label: '', kind: 'exploitation_site', countryCode: null, address: '' };

function AddLocation({ investigationId }: { investigationId: string }) {
  const { t, i18n } = useTranslation();
  const write = useInvestigationWrite(investigationId);
  const [draft, setDraft] = useState(EMPTY);
  const change = (patch: Partial<Draft>) => setDraft((old) => ({ ...old, ...patch }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = { ...draft, label: draft.label.trim(), address: draft.address.trim() };
    write.mutate(
      { method: 'POST', path: '/locations', body },
      { onSuccess: () => setDraft(EMPTY) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('investigations.locations.add')}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('investigations.locations.label')}
            description={t('investigations.locations.labelHint')}
            required
            dir="auto"
            maxLength={200}
            value={draft.label}
            onChange={(event) => change({ label: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('investigations.locations.kind')}
            data={LOCATION_KINDS.map((code) => ({
              value: code,
              label: t(LOCATION_KIND_KEYS[code]),
            }))}
            value={draft.kind}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(LOCATION_KINDS, value)) change({ kind: value });
            }}
          />
          <Select
            label={t('investigations.country')}
            placeholder={t('common.notSpecified')}
            data={optionsOf(COUNTRIES, currentLocale(i18n), true)}
            searchable
            clearable
            value={draft.countryCode}
            onChange={(countryCode) => change({ countryCode })}
          />
        </SimpleGrid>
        <TextInput
          label={t('investigations.locations.address')}
          dir="auto"
          maxLength={500}
          value={draft.address}
          onChange={(event) => change({ address: event.currentTarget.value })}
        />
        <ErrorAlert error={write.error} />
        <Group>
          <Button type="submit" loading={write.isPending} disabled={draft.label.trim() === ''}>
            {t('investigations.locations.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Places of the case: residences, workplaces, exploitation sites, transit points… */
export function LocationsPanel({ file }: { file: InvestigationDetail }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Stack gap="sm">
      {file.locations.length === 0 ? (
        <Text c="dimmed">{t('investigations.locations.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('investigations.locations.label')}</Table.Th>
                <Table.Th>{t('investigations.locations.kind')}</Table.Th>
                <Table.Th>{t('investigations.country')}</Table.Th>
                <Table.Th>{t('investigations.locations.address')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.locations.map((location) => (
                <Table.Tr key={location.id}>
                  <Table.Td>
                    <bdi>{location.label}</bdi>
                  </Table.Td>
                  <Table.Td>{t(LOCATION_KIND_KEYS[location.kind])}</Table.Td>
                  <Table.Td>{labelOf(COUNTRIES, location.countryCode, locale)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      <bdi>{location.address}</bdi>
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {acceptsNewContent(file.status) && (
        <Paper withBorder p="md">
          <Title order={4} mb="xs">
            {t('investigations.locations.add')}
          </Title>
          <AddLocation investigationId={file.id} />
        </Paper>
      )}
    </Stack>
  );
}

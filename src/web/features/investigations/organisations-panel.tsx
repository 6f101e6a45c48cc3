import {
  Badge,
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestigationDetail } from '#shared/contracts/investigations.js';
import { ORGANISATION_KINDS, acceptsNewContent } from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf, optionsOf } from '#web/lib/reference.js';
import { ORGANISATION_KIND_KEYS, isOneOf } from './investigation-labels.js';
import { useInvestigationWrite } from './investigations-api.js';
import { personLabel } from './person-form.js';

type Kind = (typeof ORGANISATION_KINDS)[number];
const EMPTY = {
  name: '',
  kind: 'network' as Kind,
  countryCode: null as string | null,
  notes: '',
  members: [] as string[],
};

function AddOrganisation({ file }: { file: InvestigationDetail }) {
  const { t, i18n } = useTranslation();
  const write = useInvestigationWrite(file.id);
  const [draft, setDraft] = useState(EMPTY);
  const change = (patch: Partial<typeof EMPTY>) => setDraft((old) => ({ ...old, ...patch }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = {
      name: draft.name.trim(),
      kind: draft.kind,
      countryCode: draft.countryCode,
      notes: draft.notes.trim(),
      memberPersonIds: draft.members,
    };
    write.mutate(
      { method: 'POST', path: '/organisations', body },
      { onSuccess: () => setDraft(EMPTY) },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('investigations.organisations.add')}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            label={t('investigations.organisations.name')}
            required
            dir="auto"
            maxLength={200}
            value={draft.name}
            onChange={(event) => change({ name: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('investigations.organisations.kind')}
            data={ORGANISATION_KINDS.map((code) => ({
              value: code,
              label: t(ORGANISATION_KIND_KEYS[code]),
            }))}
            value={draft.kind}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(ORGANISATION_KINDS, value)) change({ kind: value });
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
        <MultiSelect
          label={t('investigations.organisations.members')}
          data={file.persons.map((person) => ({
            value: person.id,
            label: personLabel(person.identity),
          }))}
          searchable
          value={draft.members}
          onChange={(members) => change({ members })}
        />
        <Textarea
          label={t('investigations.organisations.notes')}
          dir="auto"
          autosize
          minRows={2}
          maxLength={5000}
          value={draft.notes}
          onChange={(event) => change({ notes: event.currentTarget.value })}
        />
        <ErrorAlert error={write.error} />
        <Group>
          <Button type="submit" loading={write.isPending} disabled={draft.name.trim() === ''}>
            {t('investigations.organisations.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Networks and companies behind the offences, with the persons of the file who belong to them. */
export function OrganisationsPanel({ file }: { file: InvestigationDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const locale = currentLocale(i18n);
  const names = new Map(file.persons.map((person) => [person.id, personLabel(person.identity)]));
  return (
    <Stack gap="sm">
      {file.organisations.length === 0 ? (
        <Text c="dimmed">{t('investigations.organisations.none')}</Text>
      ) : (
        file.organisations.map((organisation) => (
          <Paper key={organisation.id} withBorder p="sm" component="article">
            <Group gap="xs">
              <Text fw={600}>
                <bdi>{organisation.name}</bdi>
              </Text>
              <Badge variant="light">{t(ORGANISATION_KIND_KEYS[organisation.kind])}</Badge>
              {organisation.countryCode && (
                <Text size="sm" c="dimmed">
                  {labelOf(COUNTRIES, organisation.countryCode, locale)}
                </Text>
              )}
            </Group>
            {organisation.memberPersonIds.length > 0 && (
              <Text size="sm">
                {t('investigations.organisations.membersList', {
                  names: format.list(organisation.memberPersonIds.map((id) => names.get(id) ?? id)),
                })}
              </Text>
            )}
            {organisation.notes && (
              <Text size="sm" className="pre-line">
                <bdi>{organisation.notes}</bdi>
              </Text>
            )}
          </Paper>
        ))
      )}
      {acceptsNewContent(file.status) && (
        <Paper withBorder p="md">
          <Title order={4} mb="xs">
            {t('investigations.organisations.add')}
          </Title>
          <AddOrganisation file={file} />
        </Paper>
      )}
    </Stack>
  );
}

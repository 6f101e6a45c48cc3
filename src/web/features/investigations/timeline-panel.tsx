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
  Timeline,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestigationDetail, TimelineEvent } from '#shared/contracts/investigations.js';
import { EVENT_KINDS, acceptsNewContent } from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf, optionsOf } from '#web/lib/reference.js';
import { EVENT_KIND_COLORS, EVENT_KIND_KEYS, isOneOf } from './investigation-labels.js';
import { useInvestigationWrite } from './investigations-api.js';
import { personLabel } from './person-form.js';

type Kind = (typeof EVENT_KINDS)[number];
type Draft = {
  occurredOn: string;
  kind: Kind;
  countryCode: string | null;
  place: string;
  description: string;
  personIds: string[];
};
const EMPTY: Draft = {
  occurredOn: '',
  kind: 'recruitment',
  countryCode: null,
  place: '',
  description: '',
  personIds: [],
};

function AddEvent({ file }: { file: InvestigationDetail }) {
  const { t, i18n } = useTranslation();
  const write = useInvestigationWrite(file.id);
  const [draft, setDraft] = useState(EMPTY);
  const change = (patch: Partial<Draft>) => setDraft((old) => ({ ...old, ...patch }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = { ...draft, place: draft.place.trim(), description: draft.description.trim() };
    write.mutate({ method: 'POST', path: '/events', body }, { onSuccess: () => setDraft(EMPTY) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('investigations.timeline.add')}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, md: 4 }}>
          <TextInput
            type="date"
            label={t('investigations.timeline.occurredOn')}
            required
            value={draft.occurredOn}
            onChange={(event) => change({ occurredOn: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('investigations.timeline.kind')}
            data={EVENT_KINDS.map((code) => ({ value: code, label: t(EVENT_KIND_KEYS[code]) }))}
            value={draft.kind}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(EVENT_KINDS, value)) change({ kind: value });
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
          <TextInput
            label={t('investigations.timeline.place')}
            dir="auto"
            maxLength={300}
            value={draft.place}
            onChange={(event) => change({ place: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Textarea
          label={t('investigations.timeline.description')}
          required
          dir="auto"
          autosize
          minRows={2}
          maxLength={5000}
          value={draft.description}
          onChange={(event) => change({ description: event.currentTarget.value })}
        />
        <MultiSelect
          label={t('investigations.timeline.persons')}
          data={file.persons.map((person) => ({
            value: person.id,
            label: personLabel(person.identity),
          }))}
          searchable
          value={draft.personIds}
          onChange={(personIds) => change({ personIds })}
        />
        <ErrorAlert error={write.error} />
        <Group>
          <Button
            type="submit"
            loading={write.isPending}
            disabled={draft.occurredOn === '' || draft.description.trim() === ''}
          >
            {t('investigations.timeline.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EventItem({ event, names }: { event: TimelineEvent; names: Map<string, string> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const where = [event.place, labelOf(COUNTRIES, event.countryCode, currentLocale(i18n))].filter(
    Boolean,
  );
  return (
    <>
      <Group gap="xs">
        <time dateTime={event.occurredOn}>{format.day(event.occurredOn)}</time>
        <Badge color={EVENT_KIND_COLORS[event.kind]} variant="light">
          {t(EVENT_KIND_KEYS[event.kind])}
        </Badge>
        {where.length > 0 && (
          <Text size="sm" c="dimmed">
            <bdi>{format.list(where)}</bdi>
          </Text>
        )}
      </Group>
      <Text size="sm" className="pre-line">
        <bdi>{event.description}</bdi>
      </Text>
      {event.personIds.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('investigations.timeline.involved', {
            names: format.list(event.personIds.map((id) => names.get(id) ?? id)),
          })}
        </Text>
      )}
    </>
  );
}

/** Recruitment, transport, exploitation, payment… in the order they happened. */
export function TimelinePanel({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const names = new Map(file.persons.map((person) => [person.id, personLabel(person.identity)]));
  const events = [...file.events].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return (
    <Stack gap="sm">
      {events.length === 0 ? (
        <Text c="dimmed">{t('investigations.timeline.none')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
          {events.map((event) => (
            <Timeline.Item key={event.id} color={EVENT_KIND_COLORS[event.kind]}>
              <EventItem event={event} names={names} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {acceptsNewContent(file.status) && (
        <Paper withBorder p="md">
          <Title order={4} mb="xs">
            {t('investigations.timeline.add')}
          </Title>
          <AddEvent file={file} />
        </Paper>
      )}
    </Stack>
  );
}

import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES } from '#shared/domain/operation.js';
import { useAgencies } from '#web/features/tips/tips-api.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, optionsOf } from '#web/lib/reference.js';
import { useSession } from '#web/lib/session.js';
import { PARTICIPANT_ROLE_KEYS, isOneOf } from './operation-labels.js';
import { emptyParticipant, type ParticipantDraft } from './operation-form.js';

type RowProps = {
  draft: ParticipantDraft;
  number: number;
  /** Agencies already taking part (the lead agency is one from the start). */
  excludedAgencyIds: readonly string[];
  onChange: (patch: Partial<ParticipantDraft>) => void;
  onRemove: (() => void) | null;
};

/** One participant: an agency of the country, or a foreign authority (country and name). */
export function ParticipantRow({ draft, number, excludedAgencyIds, onChange, onRemove }: RowProps) {
  const { t, i18n } = useTranslation();
  const agencies = useAgencies();
  const countries = optionsOf(COUNTRIES, currentLocale(i18n), true);
  const agencyOptions = (agencies.data?.items ?? [])
    .filter((agency) => agency.isActive && !excludedAgencyIds.includes(agency.id))
    .map((agency) => ({ value: agency.id, label: agency.name }));
  return (
    <Fieldset legend={t('operations.participants.number', { number })}>
      <Stack gap="xs">
        <SegmentedControl
          aria-label={t('operations.participants.kind')}
          value={draft.kind}
          onChange={(value) => onChange({ kind: value === 'foreign' ? 'foreign' : 'agency' })}
          data={[
            { value: 'agency', label: t('operations.participants.agency') },
            { value: 'foreign', label: t('operations.participants.foreign') },
          ]}
        />
        <Group gap="sm" align="end" wrap="wrap">
          {draft.kind === 'agency' ? (
            <NativeSelect
              className="grow"
              label={t('operations.participants.agency')}
              required
              data={[{ value: '', label: t('common.choose') }, ...agencyOptions]}
              value={draft.agencyId}
              onChange={(event) => onChange({ agencyId: event.currentTarget.value })}
            />
          ) : (
            <>
              <NativeSelect
                label={t('operations.participants.country')}
                required
                data={[{ value: '', label: t('common.choose') }, ...countries]}
                value={draft.countryCode}
                onChange={(event) => onChange({ countryCode: event.currentTarget.value })}
              />
              <TextInput
                className="grow"
                label={t('operations.participants.authorityName')}
                required
                dir="auto"
                maxLength={200}
                value={draft.authorityName}
                onChange={(event) => onChange({ authorityName: event.currentTarget.value })}
              />
            </>
          )}
          <NativeSelect
            label={t('operations.participants.role')}
            data={PARTICIPANT_ROLES.map((code) => ({
              value: code,
              label: t(PARTICIPANT_ROLE_KEYS[code]),
            }))}
            value={draft.role}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(PARTICIPANT_ROLES, value)) onChange({ role: value });
            }}
          />
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('operations.participants.remove', { number })}
              onClick={onRemove}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** The participants of a new operation: any number of rows, each removable. */
export function ParticipantFields({
  rows,
  onChange,
}: {
  rows: ParticipantDraft[];
  onChange: (rows: ParticipantDraft[]) => void;
}) {
  const { t } = useTranslation();
  const myAgencyId = useSession().data?.user.agencyId ?? '';
  const nextKey = Math.max(0, ...rows.map((row) => row.key)) + 1;
  return (
    <Stack gap="sm">
      <Text fw={600}>{t('operations.participants.title')}</Text>
      <Text size="sm" c="dimmed">
        {t('operations.participants.hint')}
      </Text>
      {rows.map((row, index) => (
        <ParticipantRow
          key={row.key}
          draft={row}
          number={index + 1}
          excludedAgencyIds={[
            myAgencyId,
            ...rows.filter((other) => other.key !== row.key).map((other) => other.agencyId),
          ]}
          onChange={(patch) =>
            onChange(rows.map((other) => (other.key === row.key ? { ...other, ...patch } : other)))
          }
          onRemove={() => onChange(rows.filter((other) => other.key !== row.key))}
        />
      ))}
      <Group>
        <Button
          variant="light"
          size="compact-sm"
          onClick={() => onChange([...rows, emptyParticipant(nextKey)])}
        >
          {t('operations.participants.add')}
        </Button>
      </Group>
    </Stack>
  );
}

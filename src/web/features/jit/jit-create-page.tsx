import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '#web/components/error-alert.js';
import {
  INVESTIGATION_ROLES,
  useInvestigationList,
} from '#web/features/investigations/investigations-api.js';
import { isolate } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { addYears, localToday } from './jit-dates.js';
import { useJitCreate, type JitCreateBody } from './jit-api.js';
import { PartiesFields, type PartyDraft } from './parties-fields.js';

type Draft = {
  name: string;
  scope: string;
  parties: PartyDraft[];
  startsOn: string;
  endsOn: string;
  investigationId: string;
};

function toBody(draft: Draft): JitCreateBody {
  return {
    name: draft.name.trim(),
    scope: draft.scope.trim(),
    parties: draft.parties.map((party) => ({
      countryCode: party.countryCode,
      authority: party.authority.trim(),
    })),
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    investigationId: draft.investigationId === '' ? null : draft.investigationId,
  };
}

function isReady(draft: Draft): boolean {
  return (
    draft.name.trim() !== '' &&
    draft.scope.trim() !== '' &&
    draft.parties.length >= 2 &&
    draft.parties.every((party) => party.countryCode !== '' && party.authority.trim() !== '') &&
    draft.startsOn !== '' &&
    draft.endsOn >= draft.startsOn
  );
}

function InvestigationSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const mayRead = hasAnyRole(useSession().data, INVESTIGATION_ROLES);
  const files = useInvestigationList(null, mayRead);
  if (!mayRead) return null;
  return (
    <NativeSelect
      label={t('jit.fields.investigation')}
      data={[
        { value: '', label: t('jit.create.noInvestigation') },
        ...(files.data?.items ?? []).map((file) => ({
          value: file.id,
          label: `${isolate(file.reference)} · ${isolate(file.title)}`,
        })),
      ]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** Records a draft agreement: the creator leads the team; it is activated once signed. */
export function JitCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession().data;
  const create = useJitCreate();
  const [draft, setDraft] = useState<Draft>(() => ({
    name: '',
    scope: '',
    parties: [
      { key: 1, countryCode: session?.user.countryCode ?? '', authority: '' },
      { key: 2, countryCode: '', authority: '' },
    ],
    startsOn: localToday(),
    endsOn: addYears(localToday(), 1),
    investigationId: '',
  }));
  const patch = (change: Partial<Draft>) => setDraft((old) => ({ ...old, ...change }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate(toBody(draft), { onSuccess: (saved) => void navigate(`/jit/${saved.id}`) });
  };
  return (
    <Stack>
      <Title order={2}>{t('jit.create.title')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-label={t('jit.create.title')}>
          <Stack gap="sm">
            <TextInput
              label={t('jit.fields.name')}
              description={t('jit.create.nameHint')}
              required
              dir="auto"
              maxLength={200}
              value={draft.name}
              onChange={(event) => patch({ name: event.currentTarget.value })}
            />
            <Textarea
              label={t('jit.fields.scope')}
              description={t('jit.create.scopeHint')}
              required
              dir="auto"
              autosize
              minRows={4}
              maxLength={5000}
              value={draft.scope}
              onChange={(event) => patch({ scope: event.currentTarget.value })}
            />
            <PartiesFields parties={draft.parties} onChange={(parties) => patch({ parties })} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('jit.fields.startsOn')}
                required
                value={draft.startsOn}
                onChange={(event) => patch({ startsOn: event.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('jit.fields.endsOn')}
                required
                value={draft.endsOn}
                error={draft.endsOn < draft.startsOn ? t('jit.create.endBeforeStart') : undefined}
                onChange={(event) => patch({ endsOn: event.currentTarget.value })}
              />
            </SimpleGrid>
            <InvestigationSelect
              value={draft.investigationId}
              onChange={(investigationId) => patch({ investigationId })}
            />
            <ErrorAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending} disabled={!isReady(draft)}>
                {t('jit.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

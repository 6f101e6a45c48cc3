import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestigationDetail, InvestigationPerson } from '#shared/contracts/investigations.js';
import { PERSON_ROLES } from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { SEXES, SEX_KEYS } from '#web/features/victims/victim-labels.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, optionsOf, type CodeOption } from '#web/lib/reference.js';
import { IdentityLists } from './identity-lists.js';
import { PERSON_ROLE_KEYS, isOneOf } from './investigation-labels.js';
import { useInvestigationWrite } from './investigations-api.js';
import { NameRows } from './name-rows.js';
import {
  EMPTY_PERSON,
  draftToIdentity,
  hasAnyName,
  identityToDraft,
  type IdentityDraft,
  type PersonDraft,
} from './person-form.js';

function draftOf(person: InvestigationPerson | null): PersonDraft {
  if (person === null) return EMPTY_PERSON;
  return {
    role: person.role,
    possibleVictim: person.possibleVictim,
    victimLinkId: person.victimLinkId ?? '',
    identity: identityToDraft(person.identity),
  };
}

function BasicFields({
  draft,
  countries,
  onChange,
}: {
  draft: IdentityDraft;
  countries: CodeOption[];
  onChange: (patch: Partial<IdentityDraft>) => void;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <NativeSelect
        label={t('investigations.persons.sex')}
        data={SEXES.map((code) => ({ value: code, label: t(SEX_KEYS[code]) }))}
        value={draft.sex}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isOneOf(SEXES, value)) onChange({ sex: value });
        }}
      />
      <Select
        label={t('investigations.persons.nationality')}
        placeholder={t('common.notSpecified')}
        data={countries}
        searchable
        clearable
        value={draft.nationality}
        onChange={(nationality) => onChange({ nationality })}
      />
      <TextInput
        type="date"
        label={t('investigations.persons.birthDate')}
        value={draft.birthDate}
        onChange={(event) => onChange({ birthDate: event.currentTarget.value })}
      />
      <NumberInput
        label={t('investigations.persons.birthYear')}
        min={1900}
        max={2100}
        allowDecimal={false}
        thousandSeparator={false}
        disabled={draft.birthDate !== ''}
        value={draft.birthYear}
        onChange={(birthYear) => onChange({ birthYear })}
      />
    </SimpleGrid>
  );
}

/** Adds a person to the file or edits one (with its version: a stale copy gives a conflict). */
export function PersonModal({
  file,
  person,
  onClose,
}: {
  file: InvestigationDetail;
  person: InvestigationPerson | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const countries = optionsOf(COUNTRIES, currentLocale(i18n), true);
  const write = useInvestigationWrite(file.id);
  const [draft, setDraft] = useState(() => draftOf(person));
  const change = (patch: Partial<PersonDraft>) => setDraft((old) => ({ ...old, ...patch }));
  const changeIdentity = (patch: Partial<IdentityDraft>) =>
    setDraft((old) => ({ ...old, identity: { ...old.identity, ...patch } }));
  const activeLinks = file.victimLinks.filter((link) => link.revokedAt === null);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = {
      role: draft.role,
      possibleVictim: draft.possibleVictim,
      victimLinkId: draft.victimLinkId === '' ? null : draft.victimLinkId,
      identity: draftToIdentity(draft.identity),
    };
    write.mutate(
      person === null
        ? { method: 'POST', path: '/persons', body }
        : {
            method: 'PATCH',
            path: `/persons/${encodeURIComponent(person.id)}`,
            body: { ...body, version: person.version },
          },
      { onSuccess: onClose },
    );
  };
  const title =
    person === null ? t('investigations.persons.add') : t('investigations.persons.edit');
  return (
    <Modal opened onClose={onClose} title={title} size="xl">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <NativeSelect
              label={t('investigations.persons.role')}
              data={PERSON_ROLES.map((code) => ({ value: code, label: t(PERSON_ROLE_KEYS[code]) }))}
              value={draft.role}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isOneOf(PERSON_ROLES, value)) change({ role: value });
              }}
            />
            <NativeSelect
              label={t('investigations.persons.victimLink')}
              description={t('investigations.persons.victimLinkHint')}
              data={[
                { value: '', label: t('common.none') },
                ...activeLinks.map((link) => ({ value: link.id, label: link.caseReference })),
              ]}
              value={draft.victimLinkId}
              onChange={(event) => change({ victimLinkId: event.currentTarget.value })}
            />
          </SimpleGrid>
          <Checkbox
            label={t('investigations.persons.possibleVictim')}
            description={t('investigations.persons.possibleVictimHint')}
            checked={draft.possibleVictim}
            onChange={(event) => change({ possibleVictim: event.currentTarget.checked })}
          />
          <NameRows
            kind="names"
            rows={draft.identity.names}
            onChange={(names) => changeIdentity({ names })}
          />
          <NameRows
            kind="aliases"
            rows={draft.identity.aliases}
            onChange={(aliases) => changeIdentity({ aliases })}
          />
          <BasicFields draft={draft.identity} countries={countries} onChange={changeIdentity} />
          <IdentityLists draft={draft.identity} countries={countries} onChange={changeIdentity} />
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={write.isPending} disabled={!hasAnyName(draft.identity)}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

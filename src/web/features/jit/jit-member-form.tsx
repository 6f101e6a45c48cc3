import { Button, Group, NativeSelect, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JitDetail, JitMemberInput } from '#shared/contracts/jit.js';
import {
  JIT_LOCAL_MEMBER_ROLES,
  JIT_MEMBER_ROLES,
  type JitMemberRole,
} from '#shared/domain/jit.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useStaff } from '#web/features/victims/victims-api.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { useJitWrite } from './jit-api.js';
import { MEMBER_ROLE_KEYS, isOneOf } from './jit-labels.js';

type Kind = 'local' | 'external';

const isTeamStaff = (roles: readonly string[]) =>
  roles.some((role) => (JIT_LOCAL_MEMBER_ROLES as readonly string[]).includes(role));

/** Colleagues of this node who may sit in a team (law enforcement and judicial staff). */
function LocalFields({
  agreement,
  userId,
  onChange,
}: {
  agreement: JitDetail;
  userId: string;
  onChange: (userId: string) => void;
}) {
  const { t } = useTranslation();
  const staff = useStaff(true);
  const onTeam = new Set(agreement.members.map((member) => member.userId));
  const byAgency = new Map<string, { value: string; label: string }[]>();
  for (const person of staff.data?.items ?? []) {
    if (onTeam.has(person.id) || !isTeamStaff(person.roles)) continue;
    const group = byAgency.get(person.agencyName) ?? [];
    group.push({ value: person.id, label: person.displayName });
    byAgency.set(person.agencyName, group);
  }
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('jit.members.person')}
        required
        data={[
          { value: '', label: t('common.choose') },
          ...[...byAgency].map(([group, items]) => ({ group, items })),
        ]}
        value={userId}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <ErrorAlert error={staff.error} />
    </Stack>
  );
}

type External = { name: string; countryCode: string; organisation: string };

/** An officer of another party: the country must be one of the agreement's parties. */
function ExternalFields({
  agreement,
  value,
  onChange,
}: {
  agreement: JitDetail;
  value: External;
  onChange: (value: External) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Group gap="sm" align="end" wrap="wrap">
      <TextInput
        label={t('jit.members.name')}
        required
        dir="auto"
        maxLength={200}
        value={value.name}
        onChange={(event) => onChange({ ...value, name: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('jit.fields.country')}
        required
        data={[
          { value: '', label: t('common.choose') },
          ...agreement.parties.map((party) => ({
            value: party.countryCode,
            label: labelOf(COUNTRIES, party.countryCode, locale),
          })),
        ]}
        value={value.countryCode}
        onChange={(event) => onChange({ ...value, countryCode: event.currentTarget.value })}
      />
      <TextInput
        className="grow"
        label={t('jit.members.organisation')}
        required
        dir="auto"
        maxLength={200}
        value={value.organisation}
        onChange={(event) => onChange({ ...value, organisation: event.currentTarget.value })}
      />
    </Group>
  );
}

const NO_EXTERNAL: External = { name: '', countryCode: '', organisation: '' };

export function JitMemberForm({ agreement }: { agreement: JitDetail }) {
  const { t } = useTranslation();
  const write = useJitWrite(agreement.id);
  const [kind, setKind] = useState<Kind>('local');
  const [role, setRole] = useState<JitMemberRole>('member');
  const [userId, setUserId] = useState('');
  const [external, setExternal] = useState<External>(NO_EXTERNAL);
  const body: JitMemberInput =
    kind === 'local'
      ? { kind, userId, role }
      : {
          kind,
          ...external,
          name: external.name.trim(),
          organisation: external.organisation.trim(),
          role,
        };
  const isReady =
    kind === 'local'
      ? userId !== ''
      : external.name.trim() !== '' &&
        external.countryCode !== '' &&
        external.organisation.trim() !== '';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      { method: 'POST', path: '/members', body },
      {
        onSuccess: () => {
          setUserId('');
          setExternal(NO_EXTERNAL);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('jit.members.add')}>
      <Stack gap="xs">
        <SegmentedControl
          aria-label={t('jit.members.kind')}
          value={kind}
          onChange={(value) => setKind(value === 'external' ? 'external' : 'local')}
          data={[
            { value: 'local', label: t('jit.members.kinds.local') },
            { value: 'external', label: t('jit.members.kinds.external') },
          ]}
        />
        {kind === 'local' ? (
          <LocalFields agreement={agreement} userId={userId} onChange={setUserId} />
        ) : (
          <ExternalFields agreement={agreement} value={external} onChange={setExternal} />
        )}
        <Group gap="sm" align="end">
          <NativeSelect
            label={t('jit.members.role')}
            data={JIT_MEMBER_ROLES.map((code) => ({
              value: code,
              label: t(MEMBER_ROLE_KEYS[code]),
            }))}
            value={role}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(JIT_MEMBER_ROLES, value)) setRole(value);
            }}
          />
          <Button type="submit" loading={write.isPending} disabled={!isReady}>
            {t('jit.members.add')}
          </Button>
        </Group>
        <ErrorAlert error={write.error} />
      </Stack>
    </form>
  );
}

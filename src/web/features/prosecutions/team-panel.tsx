import { Button, Group, NativeSelect, Paper, Stack, Table, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProsecutionDetail } from '#shared/contracts/prosecutions.js';
import { PROSECUTION_TEAM_ROLES, type ProsecutionTeamRole } from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useStaff } from '#web/features/victims/victims-api.js';
import { useFormat } from '#web/lib/format.js';
import { TEAM_ROLE_KEYS, isOneOf } from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';

/** Only prosecutors of the country can join the team (the server checks it too). */
function AddMember({ file }: { file: ProsecutionDetail }) {
  const { t } = useTranslation();
  const staff = useStaff(true);
  const write = useProsecutionWrite(file.id);
  const [userId, setUserId] = useState('');
  const [teamRole, setTeamRole] = useState<ProsecutionTeamRole>('member');
  const onTeam = new Set(file.members.map((member) => member.userId));
  const byAgency = new Map<string, { value: string; label: string }[]>();
  for (const person of staff.data?.items ?? []) {
    if (onTeam.has(person.id) || !person.roles.includes('prosecutor')) continue;
    const group = byAgency.get(person.agencyName) ?? [];
    group.push({ value: person.id, label: person.displayName });
    byAgency.set(person.agencyName, group);
  }
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      { method: 'POST', path: '/members', body: { userId, teamRole } },
      { onSuccess: () => setUserId('') },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('prosecutions.team.add')}>
      <Stack gap="xs">
        <ErrorAlert error={staff.error} />
        <Group gap="sm" align="end" wrap="wrap">
          <NativeSelect
            className="grow"
            label={t('prosecutions.team.person')}
            required
            data={[
              { value: '', label: t('common.choose') },
              ...[...byAgency].map(([group, items]) => ({ group, items })),
            ]}
            value={userId}
            onChange={(event) => setUserId(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('prosecutions.team.role')}
            data={PROSECUTION_TEAM_ROLES.map((code) => ({
              value: code,
              label: t(TEAM_ROLE_KEYS[code]),
            }))}
            value={teamRole}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(PROSECUTION_TEAM_ROLES, value)) setTeamRole(value);
            }}
          />
          <Button type="submit" loading={write.isPending} disabled={userId === ''}>
            {t('prosecutions.team.add')}
          </Button>
        </Group>
        <ErrorAlert error={write.error} />
      </Stack>
    </form>
  );
}

/** The need-to-know team: only its prosecutors open the file. */
export function TeamPanel({ file, canChange }: { file: ProsecutionDetail; canChange: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="prosecution-team-title">
      <Stack gap="sm">
        <Title order={3} id="prosecution-team-title">
          {t('prosecutions.team.title')}
        </Title>
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('prosecutions.team.person')}</Table.Th>
                <Table.Th>{t('prosecutions.team.agency')}</Table.Th>
                <Table.Th>{t('prosecutions.team.role')}</Table.Th>
                <Table.Th>{t('prosecutions.team.addedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.members.map((member) => (
                <Table.Tr key={member.userId}>
                  <Table.Td>
                    <bdi>{member.displayName}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{member.agencyName}</bdi>
                  </Table.Td>
                  <Table.Td>{t(TEAM_ROLE_KEYS[member.teamRole])}</Table.Td>
                  <Table.Td className="nowrap">
                    <time dateTime={member.addedAt}>{format.date(member.addedAt)}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {canChange && <AddMember file={file} />}
      </Stack>
    </Paper>
  );
}

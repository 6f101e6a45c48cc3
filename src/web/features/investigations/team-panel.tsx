import { Button, Group, NativeSelect, Paper, Stack, Table, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestigationDetail } from '#shared/contracts/investigations.js';
import { TEAM_ELIGIBLE_ROLES, TEAM_ROLES, type TeamRole } from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useStaff } from '#web/features/victims/victims-api.js';
import { useFormat } from '#web/lib/format.js';
import { TEAM_ROLE_KEYS, isOneOf } from './investigation-labels.js';
import { useInvestigationWrite } from './investigations-api.js';

const isEligible = (roles: readonly string[]) =>
  roles.some((role) => (TEAM_ELIGIBLE_ROLES as readonly string[]).includes(role));

function AddMember({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const staff = useStaff(true);
  const write = useInvestigationWrite(file.id);
  const [userId, setUserId] = useState('');
  const [teamRole, setTeamRole] = useState<TeamRole>('member');
  const onTeam = new Set(file.team.map((member) => member.userId));
  const byAgency = new Map<string, { value: string; label: string }[]>();
  for (const person of staff.data?.items ?? []) {
    if (onTeam.has(person.id) || !isEligible(person.roles)) continue;
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
    <form onSubmit={submit} noValidate aria-label={t('investigations.team.add')}>
      <Stack gap="xs">
        <ErrorAlert error={staff.error} />
        <Group gap="sm" align="end" wrap="wrap">
          <NativeSelect
            className="grow"
            label={t('investigations.team.person')}
            required
            data={[
              { value: '', label: t('common.choose') },
              ...[...byAgency].map(([group, items]) => ({ group, items })),
            ]}
            value={userId}
            onChange={(event) => setUserId(event.currentTarget.value)}
          />
          <NativeSelect
            label={t('investigations.team.role')}
            data={TEAM_ROLES.map((code) => ({ value: code, label: t(TEAM_ROLE_KEYS[code]) }))}
            value={teamRole}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(TEAM_ROLES, value)) setTeamRole(value);
            }}
          />
          <Button type="submit" loading={write.isPending} disabled={userId === ''}>
            {t('investigations.team.add')}
          </Button>
        </Group>
        <ErrorAlert error={write.error} />
      </Stack>
    </form>
  );
}

/** The need-to-know team: only its members see the file. The lead manages it. */
export function TeamPanel({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useInvestigationWrite(file.id);
  const isLead = file.myTeamRole === 'lead' && file.status !== 'closed';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="team-title">
      <Stack gap="sm">
        <Title order={3} id="team-title">
          {t('investigations.team.title')}
        </Title>
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder verticalSpacing="xs" aria-labelledby="team-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('investigations.team.person')}</Table.Th>
                <Table.Th>{t('investigations.team.agency')}</Table.Th>
                <Table.Th>{t('investigations.team.role')}</Table.Th>
                <Table.Th>{t('investigations.team.addedAt')}</Table.Th>
                {isLead && <Table.Th>{t('investigations.actionsColumn')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.team.map((member) => (
                <Table.Tr key={member.userId}>
                  <Table.Td>
                    <bdi>{member.displayName}</bdi>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{member.agencyName}</bdi>
                  </Table.Td>
                  <Table.Td>{t(TEAM_ROLE_KEYS[member.teamRole])}</Table.Td>
                  <Table.Td>
                    <time dateTime={member.addedAt}>{format.date(member.addedAt)}</time>
                  </Table.Td>
                  {isLead && (
                    <Table.Td>
                      {member.teamRole !== 'lead' && (
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          aria-label={t('investigations.team.removeNamed', {
                            name: member.displayName,
                          })}
                          loading={
                            remove.isPending && remove.variables.path.endsWith(member.userId)
                          }
                          onClick={() =>
                            remove.mutate({
                              method: 'DELETE',
                              path: `/members/${encodeURIComponent(member.userId)}`,
                            })
                          }
                        >
                          {t('investigations.team.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <ErrorAlert error={remove.error} />
        {isLead && <AddMember file={file} />}
      </Stack>
    </Paper>
  );
}

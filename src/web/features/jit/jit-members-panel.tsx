import { Badge, Button, Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JitDetail } from '#shared/contracts/jit.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { useJitWrite } from './jit-api.js';
import { MEMBER_ROLE_KEYS } from './jit-labels.js';
import { JitMemberForm } from './jit-member-form.js';

/** Local staff and officers of the other parties; leaders staff the team while it can change. */
export function JitMembersPanel({
  agreement,
  isLeader,
}: {
  agreement: JitDetail;
  isLeader: boolean;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const remove = useJitWrite(agreement.id);
  const locale = currentLocale(i18n);
  const canChange = isLeader && (agreement.status === 'draft' || agreement.status === 'active');
  // The last local leader cannot leave (the server refuses): no button that can only fail.
  const localLeaders = agreement.members.filter(
    (member) => member.kind === 'local' && member.role === 'leader',
  ).length;
  const isRemovable = (member: JitDetail['members'][number]) =>
    !(member.kind === 'local' && member.role === 'leader' && localLeaders <= 1);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jit-members-title">
      <Stack gap="sm">
        <Title order={3} id="jit-members-title">
          {t('jit.members.title')}
        </Title>
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('jit.members.name')}</Table.Th>
                <Table.Th>{t('jit.members.organisation')}</Table.Th>
                <Table.Th>{t('jit.fields.country')}</Table.Th>
                <Table.Th>{t('jit.members.role')}</Table.Th>
                <Table.Th>{t('jit.members.addedAt')}</Table.Th>
                {canChange && <Table.Th>{t('jit.actionsColumn')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {agreement.members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <bdi>{member.name}</bdi>{' '}
                    {member.kind === 'external' && (
                      <Badge size="xs" variant="outline">
                        {t('jit.members.kinds.external')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <bdi>{member.organisation}</bdi>
                  </Table.Td>
                  <Table.Td>{labelOf(COUNTRIES, member.countryCode, locale)}</Table.Td>
                  <Table.Td>{t(MEMBER_ROLE_KEYS[member.role])}</Table.Td>
                  <Table.Td className="nowrap">
                    <time dateTime={member.addedAt}>{format.date(member.addedAt)}</time>
                  </Table.Td>
                  {canChange && (
                    <Table.Td>
                      {isRemovable(member) && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          disabled={remove.isPending}
                          onClick={() =>
                            remove.mutate({
                              method: 'DELETE',
                              path: `/members/${encodeURIComponent(member.id)}`,
                            })
                          }
                        >
                          {t('jit.members.remove')}
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
        {canChange && <JitMemberForm agreement={agreement} />}
      </Stack>
    </Paper>
  );
}

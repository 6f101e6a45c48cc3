import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { JitDetail } from '#shared/contracts/jit.js';
import { FieldRow } from '#web/components/field-row.js';
import { QueryState } from '#web/components/query-state.js';
import { useFormat } from '#web/lib/format.js';
import { currentLocale } from '#web/lib/i18n.js';
import { COUNTRIES, labelOf } from '#web/lib/reference.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { JitActions } from './jit-actions.js';
import { JIT_CREATE_ROLES, useJit } from './jit-api.js';
import { JitExtensions } from './jit-extensions.js';
import { MEMBER_ROLE_KEYS } from './jit-labels.js';
import { JitMembersPanel } from './jit-members-panel.js';
import { JitStatusBadge } from './jit-status-badge.js';
import { JitWorkspacePanel } from './jit-workspace.js';
import { UserText } from '#web/features/prosecutions/user-text.js';

function Parties({ agreement }: { agreement: JitDetail }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Table withTableBorder verticalSpacing={4} aria-label={t('jit.fields.parties')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('jit.fields.country')}</Table.Th>
          <Table.Th>{t('jit.fields.authority')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {agreement.parties.map((party) => (
          <Table.Tr key={`${party.countryCode}-${party.authority}`}>
            <Table.Td>{labelOf(COUNTRIES, party.countryCode, locale)}</Table.Td>
            <Table.Td>
              <bdi>{party.authority}</bdi>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AgreementFacts({ agreement }: { agreement: JitDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jit-facts-title">
      <Title order={3} id="jit-facts-title" mb="sm">
        {t('jit.factsTitle')}
      </Title>
      <dl className="facts">
        <FieldRow label={t('jit.fields.scope')}>
          <UserText text={agreement.scope} size="md" />
        </FieldRow>
        <FieldRow label={t('jit.fields.startsOn')}>{format.day(agreement.startsOn)}</FieldRow>
        <FieldRow label={t('jit.fields.endsOn')}>{format.day(agreement.endsOn)}</FieldRow>
        <FieldRow label={t('jit.fields.signedOn')}>
          {agreement.signedOn ? format.day(agreement.signedOn) : t('jit.notSigned')}
        </FieldRow>
        {agreement.terminatedAt && (
          <FieldRow label={t('jit.fields.terminatedAt')}>
            <time dateTime={agreement.terminatedAt}>{format.dateTime(agreement.terminatedAt)}</time>
            {agreement.terminationReason && <UserText text={agreement.terminationReason} />}
          </FieldRow>
        )}
        <FieldRow label={t('jit.fields.myRole')}>
          {agreement.myRole ? t(MEMBER_ROLE_KEYS[agreement.myRole]) : '—'}
        </FieldRow>
        {agreement.investigationId && (
          <FieldRow label={t('jit.fields.investigation')}>
            <Anchor component={Link} to={`/investigations/${agreement.investigationId}`}>
              {t('jit.openInvestigation')}
            </Anchor>
          </FieldRow>
        )}
        {agreement.coopRequestId && (
          <FieldRow label={t('jit.fields.coopRequest')}>
            <Anchor
              component={Link}
              to={`/cooperation/${agreement.coopRequestId}`}
              className="reference"
            >
              <bdi>{agreement.coopRequestReference ?? agreement.coopRequestId}</bdi>
            </Anchor>
          </FieldRow>
        )}
      </dl>
      <Stack gap="xs" mt="md">
        <Title order={4}>{t('jit.fields.parties')}</Title>
        <Parties agreement={agreement} />
      </Stack>
    </Paper>
  );
}

function AgreementView({ agreement }: { agreement: JitDetail }) {
  const session = useSession().data;
  // The server's leader rule: a leader who is a prosecutor or central authority officer.
  const isLeader = agreement.myRole === 'leader' && hasAnyRole(session, JIT_CREATE_ROLES);
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={2}>
              <Trans
                i18nKey="jit.detailTitle"
                values={{ reference: agreement.reference }}
                components={{ bdi: <bdi className="reference" /> }}
              />
            </Title>
            <JitStatusBadge status={agreement.status} />
          </Group>
          <Text size="lg">
            <bdi>{agreement.name}</bdi>
          </Text>
        </Stack>
        <JitActions agreement={agreement} isLeader={isLeader} />
      </Group>
      <AgreementFacts agreement={agreement} />
      <JitExtensions extensions={agreement.extensions} />
      <JitMembersPanel agreement={agreement} isLeader={isLeader} />
      <JitWorkspacePanel agreement={agreement} />
    </Stack>
  );
}

export function JitPage() {
  const { id = '' } = useParams();
  const agreement = useJit(id);
  return <QueryState query={agreement}>{(data) => <AgreementView agreement={data} />}</QueryState>;
}

import { Anchor, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseDetail } from '#shared/contracts/cases.js';
import { CaseStatusBadge } from '#web/components/badges.js';
import { EventTimeline } from '#web/components/event-timeline.js';
import { FieldRow } from '#web/components/field-row.js';
import { QueryState } from '#web/components/query-state.js';
import { useFormat } from '#web/lib/format.js';
import { VICTIM_READER_ROLES, VictimSection } from '#web/features/victims/victim-section.js';
import { CASE_KIND_KEYS } from '#web/lib/labels.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { TransferPanel } from '#web/features/transfers/transfer-panel.js';
import { AssignPanel } from './assign-panel.js';
import { useCase } from './cases-api.js';

function SourceTip({ item }: { item: CaseDetail }) {
  const { t } = useTranslation();
  if (!item.sourceTipId) return <Text>{t('cases.noSourceTip')}</Text>;
  return (
    <Anchor component={Link} to={`/tips/${item.sourceTipId}`} className="reference">
      <bdi>{item.sourceTipReference ?? item.sourceTipId}</bdi>
    </Anchor>
  );
}

function CaseFacts({ item }: { item: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="case-facts-title">
      <Title order={3} id="case-facts-title" mb="sm">
        {t('cases.factsTitle')}
      </Title>
      <dl className="facts">
        <FieldRow label={t('cases.reference')}>
          <bdi className="reference">{item.reference}</bdi>
        </FieldRow>
        <FieldRow label={t('cases.kind')}>{t(CASE_KIND_KEYS[item.kind])}</FieldRow>
        <FieldRow label={t('cases.title')}>
          <bdi>{item.title}</bdi>
        </FieldRow>
        <FieldRow label={t('cases.status')}>
          <CaseStatusBadge status={item.status} />
        </FieldRow>
        <FieldRow label={t('cases.openedAt')}>
          <time dateTime={item.openedAt}>{format.dateTime(item.openedAt)}</time>
        </FieldRow>
        <FieldRow label={t('cases.sourceTip')}>
          <SourceTip item={item} />
        </FieldRow>
        <FieldRow label={t('cases.assignees')}>
          <Stack gap="xs">
            {item.assignees.length === 0 ? (
              <Text>{t('cases.noAssignees')}</Text>
            ) : (
              <List listStyleType="none">
                {item.assignees.map((person) => (
                  <List.Item key={person.userId}>
                    <bdi>{person.displayName}</bdi>
                  </List.Item>
                ))}
              </List>
            )}
            <AssignPanel item={item} />
          </Stack>
        </FieldRow>
      </dl>
    </Paper>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const kase = useCase(id);
  const canSeeVictim = hasAnyRole(useSession().data, VICTIM_READER_ROLES);
  return (
    <QueryState query={kase}>
      {(item) => (
        <Stack>
          <Group gap="sm" align="center">
            <Title order={2}>
              <Trans
                i18nKey="cases.detailTitle"
                values={{ reference: item.reference }}
                components={{ bdi: <bdi className="reference" /> }}
              />
            </Title>
            <CaseStatusBadge status={item.status} />
          </Group>
          <Text size="lg">
            <bdi>{item.title}</bdi>
          </Text>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <CaseFacts item={item} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Paper withBorder p="md">
                <EventTimeline events={item.events} />
              </Paper>
            </Grid.Col>
          </Grid>
          {item.kind === 'victim_case' && canSeeVictim && <VictimSection caseId={item.id} />}
          <TransferPanel caseId={item.id} />
        </Stack>
      )}
    </QueryState>
  );
}

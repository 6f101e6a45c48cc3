import { Badge, Grid, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { InvestigationDetail } from '#shared/contracts/investigations.js';
import { FieldRow } from '#web/components/field-row.js';
import { QueryState } from '#web/components/query-state.js';
import { useFormat } from '#web/lib/format.js';
import { RequestCooperationButton } from '#web/features/cooperation/request-cooperation-button.js';
import { InvestigationActions } from './investigation-actions.js';
import { TEAM_ROLE_KEYS } from './investigation-labels.js';
import { InvestigationStatusBadge } from './investigation-status-badge.js';
import { useInvestigation } from './investigations-api.js';
import { LeadsPanel } from './leads-panel.js';
import { LocationsPanel } from './locations-panel.js';
import { OffencesPanel } from './offences-panel.js';
import { OrganisationsPanel } from './organisations-panel.js';
import { PersonsPanel } from './persons-panel.js';
import { TeamPanel } from './team-panel.js';
import { TimelinePanel } from './timeline-panel.js';
import { VictimLinksPanel } from './victim-links-panel.js';

function FileFacts({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="investigation-facts-title">
      <Title order={3} id="investigation-facts-title" mb="sm">
        {t('investigations.factsTitle')}
      </Title>
      <dl className="facts">
        <FieldRow label={t('investigations.fields.agency')}>
          <bdi>{file.agencyName}</bdi>
        </FieldRow>
        <FieldRow label={t('investigations.fields.openedAt')}>
          <time dateTime={file.openedAt}>{format.dateTime(file.openedAt)}</time>
        </FieldRow>
        {file.closedAt && (
          <FieldRow label={t('investigations.fields.closedAt')}>
            <time dateTime={file.closedAt}>{format.dateTime(file.closedAt)}</time>
          </FieldRow>
        )}
        <FieldRow label={t('investigations.fields.myTeamRole')}>
          {t(TEAM_ROLE_KEYS[file.myTeamRole])}
        </FieldRow>
        <FieldRow label={t('investigations.fields.summary')}>
          <Text className="pre-line">
            <bdi>{file.summary || '—'}</bdi>
          </Text>
        </FieldRow>
      </dl>
    </Paper>
  );
}

function CountBadge({ count }: { count: number }) {
  const format = useFormat();
  if (count === 0) return null;
  return (
    <Badge size="sm" variant="light" circle>
      {format.number(count)}
    </Badge>
  );
}

function FileTabs({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const pending = file.persons.filter((person) => person.isReviewRequired).length;
  return (
    <Tabs defaultValue="overview" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="overview">{t('investigations.tabs.overview')}</Tabs.Tab>
        <Tabs.Tab
          value="persons"
          rightSection={
            pending > 0 ? (
              <Badge size="sm" color="red" circle>
                !
              </Badge>
            ) : (
              <CountBadge count={file.persons.length} />
            )
          }
        >
          {t('investigations.tabs.persons')}
        </Tabs.Tab>
        <Tabs.Tab
          value="organisations"
          rightSection={<CountBadge count={file.organisations.length} />}
        >
          {t('investigations.tabs.organisations')}
        </Tabs.Tab>
        <Tabs.Tab value="timeline" rightSection={<CountBadge count={file.events.length} />}>
          {t('investigations.tabs.timeline')}
        </Tabs.Tab>
        <Tabs.Tab value="locations" rightSection={<CountBadge count={file.locations.length} />}>
          {t('investigations.tabs.locations')}
        </Tabs.Tab>
        <Tabs.Tab value="links">{t('investigations.tabs.links')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="overview" pt="md">
        <Stack>
          <TeamPanel file={file} />
          <OffencesPanel file={file} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="persons" pt="md">
        <PersonsPanel file={file} />
      </Tabs.Panel>
      <Tabs.Panel value="organisations" pt="md">
        <OrganisationsPanel file={file} />
      </Tabs.Panel>
      <Tabs.Panel value="timeline" pt="md">
        <TimelinePanel file={file} />
      </Tabs.Panel>
      <Tabs.Panel value="locations" pt="md">
        <LocationsPanel file={file} />
      </Tabs.Panel>
      <Tabs.Panel value="links" pt="md">
        <Stack>
          <LeadsPanel file={file} />
          <VictimLinksPanel file={file} />
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}

function FileView({ file }: { file: InvestigationDetail }) {
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={2}>
              <Trans
                i18nKey="investigations.detailTitle"
                values={{ reference: file.reference }}
                components={{ bdi: <bdi className="reference" /> }}
              />
            </Title>
            <InvestigationStatusBadge status={file.status} />
          </Group>
          <Text size="lg">
            <bdi>{file.title}</bdi>
          </Text>
        </Stack>
        <Group gap="sm">
          {file.status === 'closed' ? null : <RequestCooperationButton investigationId={file.id} />}
          <InvestigationActions file={file} />
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12 }}>
          <FileFacts file={file} />
        </Grid.Col>
      </Grid>
      <FileTabs file={file} />
    </Stack>
  );
}

export function InvestigationPage() {
  const { id = '' } = useParams();
  const file = useInvestigation(id);
  return <QueryState query={file}>{(data) => <FileView file={data} />}</QueryState>;
}

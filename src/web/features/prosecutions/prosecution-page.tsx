import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ProsecutionDetail, ProsecutionView } from '#shared/contracts/prosecutions.js';
import { isProsecutionOpen } from '#shared/domain/prosecution.js';
import { QueryState } from '#web/components/query-state.js';
import { useFormat } from '#web/lib/format.js';
import { RequestCooperationButton } from '#web/features/cooperation/request-cooperation-button.js';
import { ConfiscationsPanel } from './confiscations-panel.js';
import { DefendantsPanel } from './defendants-panel.js';
import { HearingsPanel } from './hearings-panel.js';
import { ProsecutionCounts, ProsecutionFacts } from './prosecution-facts.js';
import { ProsecutionHistory } from './prosecution-history.js';
import { useProsecution } from './prosecutions-api.js';
import { ProtectionPanel } from './protection-panel.js';
import { StageBadge } from './stage-badge.js';
import { StageStepper } from './stage-stepper.js';
import { TeamPanel } from './team-panel.js';

function CountBadge({ count }: { count: number }) {
  const format = useFormat();
  if (count === 0) return null;
  return (
    <Badge size="sm" variant="light" circle>
      {format.number(count)}
    </Badge>
  );
}

function FileTabs({ file }: { file: ProsecutionDetail }) {
  const { t } = useTranslation();
  // Only the team reads the whole file, and every change needs the case to be open.
  const canChange = isProsecutionOpen(file.stage);
  const isFlagged = file.defendants.some((item) => item.nonPunishmentReview === 'pending');
  return (
    <Tabs defaultValue="defendants" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab
          value="defendants"
          rightSection={
            isFlagged ? (
              <Badge size="sm" color="red" circle>
                !
              </Badge>
            ) : (
              <CountBadge count={file.defendants.length} />
            )
          }
        >
          {t('prosecutions.tabs.defendants')}
        </Tabs.Tab>
        <Tabs.Tab value="hearings" rightSection={<CountBadge count={file.hearings.length} />}>
          {t('prosecutions.tabs.hearings')}
        </Tabs.Tab>
        <Tabs.Tab
          value="confiscations"
          rightSection={<CountBadge count={file.confiscations.length} />}
        >
          {t('prosecutions.tabs.confiscations')}
        </Tabs.Tab>
        <Tabs.Tab
          value="protection"
          rightSection={<CountBadge count={file.protectionMeasures.length} />}
        >
          {t('prosecutions.tabs.protection')}
        </Tabs.Tab>
        <Tabs.Tab value="team" rightSection={<CountBadge count={file.members.length} />}>
          {t('prosecutions.tabs.team')}
        </Tabs.Tab>
        <Tabs.Tab value="history">{t('prosecutions.tabs.history')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="defendants" pt="md">
        <DefendantsPanel file={file} canChange={canChange} />
      </Tabs.Panel>
      <Tabs.Panel value="hearings" pt="md">
        <HearingsPanel file={file} canChange={canChange} />
      </Tabs.Panel>
      <Tabs.Panel value="confiscations" pt="md">
        <ConfiscationsPanel file={file} canChange={canChange} />
      </Tabs.Panel>
      <Tabs.Panel value="protection" pt="md">
        <ProtectionPanel file={file} canChange={canChange} />
      </Tabs.Panel>
      <Tabs.Panel value="team" pt="md">
        <TeamPanel file={file} canChange={canChange} />
      </Tabs.Panel>
      <Tabs.Panel value="history" pt="md">
        <ProsecutionHistory events={file.events} />
      </Tabs.Panel>
    </Tabs>
  );
}

function FileView({ file }: { file: ProsecutionView }) {
  const isMember = file.access === 'member';
  return (
    <Stack>
      <Stack gap={4}>
        <Group gap="sm" align="center">
          <Title order={2}>
            <Trans
              i18nKey="prosecutions.detailTitle"
              values={{ reference: file.reference }}
              components={{ bdi: <bdi className="reference" /> }}
            />
          </Title>
          <StageBadge stage={file.stage} />
        </Group>
        <Text size="lg">
          <bdi>{file.title}</bdi>
        </Text>
      </Stack>
      {isMember && file.stage !== 'closed' ? (
        <Group>
          <RequestCooperationButton
            investigationId={file.investigationId}
            prosecutionId={file.id}
          />
        </Group>
      ) : null}
      <StageStepper file={file} canChange={isMember} />
      <ProsecutionFacts file={file} />
      {file.access === 'member' ? <FileTabs file={file} /> : <ProsecutionCounts file={file} />}
    </Stack>
  );
}

export function ProsecutionPage() {
  const { id = '' } = useParams();
  const file = useProsecution(id);
  return <QueryState query={file}>{(data) => <FileView file={data} />}</QueryState>;
}

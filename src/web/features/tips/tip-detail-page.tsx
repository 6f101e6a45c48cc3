import { Alert, Anchor, Grid, Paper, Stack, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TipDetail } from '#shared/contracts/tips.js';
import { EventTimeline } from '#web/components/event-timeline.js';
import { QueryState } from '#web/components/query-state.js';
import { CLOSE_REASON_KEYS, isKeyOf } from '#web/lib/labels.js';
import { ClosePanel } from './close-panel.js';
import { ConvertPanel } from './convert-panel.js';
import { TipFacts } from './tip-facts.js';
import { TriagePanel } from './triage-panel.js';
import { useTip } from './tips-api.js';

function Outcome({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  if (tip.status === 'converted' && tip.caseId) {
    return (
      <Alert color="teal">
        <Anchor component={Link} to={`/cases/${tip.caseId}`}>
          {t('tips.openCase')}
        </Anchor>
      </Alert>
    );
  }
  if (tip.status === 'closed') {
    const reason = tip.closeReason ?? '';
    return (
      <Alert color="gray" title={t('tips.closedTitle')}>
        {isKeyOf(CLOSE_REASON_KEYS, reason) ? t(CLOSE_REASON_KEYS[reason]) : reason}
      </Alert>
    );
  }
  return null;
}

/** Action panels send the version last loaded; after a conflict the reload brings a new one. */
function Actions({ tip }: { tip: TipDetail }) {
  const isOpen = tip.status === 'new' || tip.status === 'triaged';
  return (
    <Stack>
      <Outcome tip={tip} />
      {isOpen && <TriagePanel tip={tip} />}
      {tip.status === 'triaged' && <ConvertPanel tip={tip} />}
      {isOpen && <ClosePanel tip={tip} />}
    </Stack>
  );
}

export function TipDetailPage() {
  const { id = '' } = useParams();
  const tip = useTip(id);
  return (
    <QueryState query={tip}>
      {(data) => (
        <Stack>
          <Title order={2}>
            <Trans
              i18nKey="tips.detailTitle"
              values={{ reference: data.reference }}
              components={{ bdi: <bdi className="reference" /> }}
            />
          </Title>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Stack>
                <TipFacts tip={data} />
                <Paper withBorder p="md">
                  <EventTimeline events={data.events} />
                </Paper>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <Actions tip={data} />
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </QueryState>
  );
}

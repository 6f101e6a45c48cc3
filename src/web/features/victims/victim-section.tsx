import { Button, Grid, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '#shared/domain/roles.js';
import { QueryState } from '#web/components/query-state.js';
import { ReferPanel } from '#web/features/referrals/refer-panel.js';
import { ReintegrationPanel } from '#web/features/reintegration/reintegration-panel.js';
import { ConsentPanel } from './consent-panel.js';
import { DecisionPanel } from './decision-panel.js';
import { GuardiansPanel } from './guardians-panel.js';
import { NeedsPanel } from './needs-panel.js';
import { StatusHistory } from './status-history.js';
import { VictimCreateForm } from './victim-create-form.js';
import { VictimSummary } from './victim-summary.js';
import { useVictim } from './victims-api.js';

/** Roles that may read victim records (the server's victim.read rule). */
export const VICTIM_READER_ROLES: readonly Role[] = [
  'case_worker',
  'investigator',
  'prosecutor',
  'national_coordinator',
];

/** The person at the heart of a victim case: identity, status, protection and consent. */
export function VictimSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const victim = useVictim(caseId);
  return (
    <Stack component="section" aria-labelledby="victim-section-title">
      <Group justify="space-between" align="center">
        <Title order={2} size="h3" id="victim-section-title">
          {t('victims.sectionTitle')}
        </Title>
        {victim.data && (
          <Button component={Link} to={`/cases/${caseId}/screening`}>
            {t('screening.open')}
          </Button>
        )}
      </Group>
      <QueryState query={victim}>
        {(data) =>
          data === null ? (
            <VictimCreateForm caseId={caseId} />
          ) : (
            <Stack>
              <Grid gap="md">
                <Grid.Col span={{ base: 12, lg: 7 }}>
                  <Stack>
                    <VictimSummary victim={data} />
                    {data.isChild && <GuardiansPanel victim={data} />}
                  </Stack>
                </Grid.Col>
                <Grid.Col span={{ base: 12, lg: 5 }}>
                  <Stack>
                    <DecisionPanel victim={data} />
                    <StatusHistory victim={data} />
                    {!data.isChild && <GuardiansPanel victim={data} />}
                  </Stack>
                </Grid.Col>
              </Grid>
              <ConsentPanel victim={data} />
              <NeedsPanel caseId={caseId} />
              <ReferPanel caseId={caseId} />
              <ReintegrationPanel caseId={caseId} />
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

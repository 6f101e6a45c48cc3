import { Alert, Button, Paper, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VictimDetail } from '#shared/contracts/victims.js';
import {
  DECISION_STATUSES,
  canDecide,
  type DecisionStatus,
} from '#shared/domain/identification.js';
import type { Role } from '#shared/domain/roles.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { TRAFFICKING_STATUS_KEYS } from './victim-labels.js';
import { useVictimWrite, victimPath } from './victims-api.js';

/** Who may take the formal identification decision; the server enforces the same rule. */
export const DECIDER_ROLES: readonly Role[] = ['national_coordinator', 'prosecutor'];

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

function isDecision(value: string): value is DecisionStatus {
  return (DECISION_STATUSES as readonly string[]).includes(value);
}

export function DecisionPanel({ victim }: { victim: VictimDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const [status, setStatus] = useState<DecisionStatus>('ActualVictimOfTrafficking');
  const [decidedOn, setDecidedOn] = useState(todayIso);
  const [decidingBody, setDecidingBody] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const decide = useVictimWrite(victim.caseId, (body: object) =>
    api.send('POST', `${victimPath(victim.caseId)}/decision`, body, VictimDetail),
  );
  if (!hasAnyRole(session.data, DECIDER_ROLES)) return null;
  const isOpen = canDecide(victim.traffickingStatus);
  const isReady = decidedOn !== '' && decidingBody.trim() !== '' && legalBasis.trim() !== '';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    decide.mutate({ status, decidedOn, decidingBody, legalBasis, version: victim.version });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="decision-title">
      <Stack gap="sm">
        <Title order={3} id="decision-title">
          {t('decision.title')}
        </Title>
        {victim.traffickingStatus === 'NotScreened' && (
          <Alert color="gray">{t('decision.notScreened')}</Alert>
        )}
        {!isOpen && victim.traffickingStatus !== 'NotScreened' && (
          <Alert color="gray">{t('decision.alreadyDecided')}</Alert>
        )}
        {isOpen && (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <Radio.Group
                label={t('decision.status')}
                required
                value={status}
                onChange={(value) => {
                  if (isDecision(value)) setStatus(value);
                }}
              >
                <Stack gap={6} mt={4}>
                  {DECISION_STATUSES.map((code) => (
                    <Radio key={code} value={code} label={t(TRAFFICKING_STATUS_KEYS[code])} />
                  ))}
                </Stack>
              </Radio.Group>
              <TextInput
                type="date"
                label={t('decision.decidedOn')}
                required
                value={decidedOn}
                onChange={(event) => setDecidedOn(event.currentTarget.value)}
              />
              <TextInput
                label={t('decision.decidingBody')}
                dir="auto"
                required
                maxLength={200}
                value={decidingBody}
                onChange={(event) => setDecidingBody(event.currentTarget.value)}
              />
              <TextInput
                label={t('decision.legalBasis')}
                description={t('decision.legalBasisHint')}
                dir="auto"
                required
                maxLength={300}
                value={legalBasis}
                onChange={(event) => setLegalBasis(event.currentTarget.value)}
              />
              <ErrorAlert error={decide.error} />
              <Button type="submit" loading={decide.isPending} disabled={!isReady}>
                {t('decision.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

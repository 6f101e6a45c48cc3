import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { z } from 'zod';
import { ScreeningResult } from '#shared/contracts/victims.js';
import type { IndicatorAnswer } from '#shared/domain/identification.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { QueryState } from '#web/components/query-state.js';
import { useCase } from '#web/features/cases/cases-api.js';
import { useApi } from '#web/lib/api-context.js';
import { currentLocale } from '#web/lib/i18n.js';
import { INDICATORS, INDICATOR_USAGE_NOTE, labelOf } from '#web/lib/reference.js';
import {
  HtcdsCodeFields,
  IndicatorQuestions,
  type Answers,
  type CodeSelections,
} from './indicator-fields.js';
import { TraffickingStatusBadge } from './victim-summary.js';
import { useVictim, useVictimWrite, victimPath } from './victims-api.js';

type Result = z.infer<typeof ScreeningResult>;

const NO_CODES: CodeSelections = { recruitment: [], control: [], exploitation: [] };
const allNotAsked = (): Answers =>
  Object.fromEntries(INDICATORS.map((item) => [item.code, 'NOT_ASKED']));

function ResultView({ result, caseId }: { result: Result; caseId: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="screening-result-title">
      <Stack gap="sm">
        <Title order={3} id="screening-result-title">
          {t('screening.resultTitle')}
        </Title>
        <Group gap="sm">
          <Text fw={600}>{t('screening.proposed')}</Text>
          <TraffickingStatusBadge status={result.proposedStatus} />
        </Group>
        <Group gap="sm">
          <Text fw={600}>{t('screening.statusAfter')}</Text>
          <TraffickingStatusBadge status={result.statusAfter} />
        </Group>
        <Text fw={600}>{t('screening.fired', { count: result.firedIndicators.length })}</Text>
        {result.firedIndicators.length > 0 && (
          <List>
            {result.firedIndicators.map((code) => (
              <List.Item key={code}>{labelOf(INDICATORS, code, locale)}</List.Item>
            ))}
          </List>
        )}
        <Alert color="blue">{t('screening.proposalNote')}</Alert>
        <div>
          <Button component={Link} to={`/cases/${caseId}`}>
            {t('screening.backToCase')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}

function ScreeningForm({ caseId, onDone }: { caseId: string; onDone: (result: Result) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const locale = currentLocale(i18n);
  const [hasConsent, setConsent] = useState(false);
  const [hasInterpreter, setInterpreter] = useState(false);
  const [answers, setAnswers] = useState<Answers>(allNotAsked);
  const [codes, setCodes] = useState<CodeSelections>(NO_CODES);
  const [notes, setNotes] = useState('');
  const save = useVictimWrite(
    caseId,
    (body: object) => api.send('POST', `${victimPath(caseId)}/screenings`, body, ScreeningResult),
    onDone,
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    save.mutate({
      hasConsentToScreening: true,
      hasInterpreter,
      answers,
      recruitmentCodes: codes.recruitment,
      controlCodes: codes.control,
      exploitationCodes: codes.exploitation,
      notes,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Alert color="blue" title={t('screening.beforeTitle')}>
          <Text size="sm">{INDICATOR_USAGE_NOTE[locale]}</Text>
        </Alert>
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Checkbox
              label={t('screening.consent')}
              description={t('screening.consentHint')}
              required
              checked={hasConsent}
              onChange={(event) => setConsent(event.currentTarget.checked)}
            />
            {!hasConsent && (
              <Text size="sm" c="orange.9">
                {t('screening.consentRequired')}
              </Text>
            )}
            <Checkbox
              label={t('screening.interpreter')}
              checked={hasInterpreter}
              onChange={(event) => setInterpreter(event.currentTarget.checked)}
            />
          </Stack>
        </Paper>
        <fieldset disabled={!hasConsent} className="plain-fieldset">
          <Stack>
            <IndicatorQuestions
              answers={answers}
              onChange={(code, answer: IndicatorAnswer) =>
                setAnswers((old) => ({ ...old, [code]: answer }))
              }
            />
            <HtcdsCodeFields
              values={codes}
              onChange={(patch) => setCodes((old) => ({ ...old, ...patch }))}
            />
            <Textarea
              label={t('screening.notes')}
              dir="auto"
              autosize
              minRows={3}
              maxLength={5000}
              value={notes}
              onChange={(event) => setNotes(event.currentTarget.value)}
            />
          </Stack>
        </fieldset>
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!hasConsent}>
            {t('screening.submit')}
          </Button>
          <Anchor component={Link} to={`/cases/${caseId}`}>
            {t('screening.backToCase')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}

export function ScreeningPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const kase = useCase(id);
  const victim = useVictim(id);
  const [result, setResult] = useState<Result | null>(null);
  return (
    <QueryState query={kase}>
      {(item) => (
        <Stack>
          <Title order={2}>
            <Trans
              i18nKey="screening.title"
              values={{ reference: item.reference }}
              components={{ bdi: <bdi className="reference" /> }}
            />
          </Title>
          <QueryState query={victim}>
            {(person) => {
              if (person === null) return <Alert color="orange">{t('screening.noVictim')}</Alert>;
              if (result) return <ResultView result={result} caseId={id} />;
              return (
                <>
                  <Group gap="sm">
                    <Text>{t('victims.statusLabel')}</Text>
                    <TraffickingStatusBadge status={person.traffickingStatus} />
                    {person.isChild && <Badge color="grape">{t('victims.childBadge')}</Badge>}
                  </Group>
                  <ScreeningForm caseId={id} onDone={setResult} />
                </>
              );
            }}
          </QueryState>
        </Stack>
      )}
    </QueryState>
  );
}

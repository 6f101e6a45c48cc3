import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sentence, Verdict } from '#shared/contracts/prosecutions.js';
import { isolate, useFormat } from '#web/lib/format.js';
import { useMoney } from './form-values.js';
import { COURT_LEVEL_KEYS, VERDICT_KEYS } from './prosecution-labels.js';
import { UserText } from './user-text.js';

const OUTCOME_COLORS = {
  convicted: 'red',
  partially_convicted: 'orange',
  acquitted: 'teal',
  dismissed: 'gray',
} as const satisfies Record<Verdict['outcome'], string>;

function SentenceView({ sentence }: { sentence: Sentence }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Stack gap={2}>
      {sentence.prisonMonths !== null && (
        <Group gap="xs">
          <Text size="sm">
            {t('prosecutions.verdicts.prisonTerm', { count: sentence.prisonMonths })}
          </Text>
          {sentence.isSuspended && (
            <Badge variant="outline" color="gray">
              {t('prosecutions.verdicts.isSuspended')}
            </Badge>
          )}
        </Group>
      )}
      {sentence.fineAmount !== null && (
        <Text size="sm">
          {t('prosecutions.verdicts.fine', {
            amount: isolate(money(sentence.fineAmount, sentence.currency)),
          })}
        </Text>
      )}
      {sentence.otherMeasures && <UserText text={sentence.otherMeasures} />}
    </Stack>
  );
}

/** Judgments recorded for one defendant, first instance then appeal. */
export function VerdictList({ verdicts }: { verdicts: readonly Verdict[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (verdicts.length === 0) return null;
  return (
    <Stack gap="xs">
      {verdicts.map((verdict) => (
        <Paper key={verdict.id} withBorder p="sm" bg="gray.0">
          <Group gap="sm" mb={4}>
            <Badge color={OUTCOME_COLORS[verdict.outcome]}>
              {t(VERDICT_KEYS[verdict.outcome])}
            </Badge>
            <Text size="sm">{t(COURT_LEVEL_KEYS[verdict.courtLevel])}</Text>
            <Text size="sm" c="dimmed">
              <time dateTime={verdict.decidedOn}>{format.day(verdict.decidedOn)}</time>
            </Text>
          </Group>
          {verdict.sentence && <SentenceView sentence={verdict.sentence} />}
        </Paper>
      ))}
    </Stack>
  );
}

import { Button, Group, Modal, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Defendant } from '#shared/contracts/prosecutions.js';
import {
  CHARGE_OUTCOMES,
  VERDICT_OUTCOMES,
  allowsSentence,
  canDecideCharge,
  isVerdictConsistent,
  type ChargeOutcome,
  type CourtLevel,
  type VerdictOutcome,
} from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { OFFENCE_KEYS } from '#web/features/investigations/investigation-labels.js';
import { localToday } from './form-values.js';
import {
  CHARGE_OUTCOME_KEYS,
  COURT_LEVEL_KEYS,
  VERDICT_KEYS,
  isOneOf,
} from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';
import {
  EMPTY_SENTENCE,
  SentenceFields,
  toSentence,
  type SentenceDraft,
} from './sentence-fields.js';

function ChargeOutcomes({
  defendant,
  level,
  outcomes,
  onChange,
}: {
  defendant: Defendant;
  level: CourtLevel;
  outcomes: Record<string, ChargeOutcome>;
  onChange: (chargeId: string, outcome: ChargeOutcome) => void;
}) {
  const { t } = useTranslation();
  const charges = defendant.charges.filter((charge) => canDecideCharge(charge.status, level));
  return (
    <Table verticalSpacing={4} aria-label={t('prosecutions.verdicts.perCharge')}>
      <Table.Tbody>
        {charges.map((charge) => (
          <Table.Tr key={charge.id}>
            <Table.Td>
              {t(OFFENCE_KEYS[charge.offenceCode])} · <bdi>{charge.lawArticle}</bdi>
            </Table.Td>
            <Table.Td>
              <NativeSelect
                aria-label={t('prosecutions.verdicts.chargeOutcome')}
                data={CHARGE_OUTCOMES.map((code) => ({
                  value: code,
                  label: t(CHARGE_OUTCOME_KEYS[code]),
                }))}
                value={outcomes[charge.id] ?? 'convicted'}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  if (isOneOf(CHARGE_OUTCOMES, value)) onChange(charge.id, value);
                }}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The court's judgment for one defendant: overall outcome, each charge, and the sentence. */
export function VerdictModal({
  prosecutionId,
  defendant,
  level,
  onClose,
}: {
  prosecutionId: string;
  defendant: Defendant;
  level: CourtLevel;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(prosecutionId);
  const decidable = defendant.charges.filter((charge) => canDecideCharge(charge.status, level));
  const [outcome, setOutcome] = useState<VerdictOutcome>('convicted');
  const [decidedOn, setDecidedOn] = useState(localToday());
  const [outcomes, setOutcomes] = useState<Record<string, ChargeOutcome>>({});
  const [sentence, setSentence] = useState<SentenceDraft>(EMPTY_SENTENCE);
  const charges = decidable.map((charge) => ({
    chargeId: charge.id,
    outcome: outcomes[charge.id] ?? 'convicted',
  }));
  const isConsistent = isVerdictConsistent(
    outcome,
    charges.map((charge) => charge.outcome),
  );
  const hasSentence = allowsSentence(outcome);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = {
      outcome,
      decidedOn,
      courtLevel: level,
      charges,
      sentence: hasSentence ? toSentence(sentence) : null,
    };
    write.mutate(
      { method: 'POST', path: `/defendants/${encodeURIComponent(defendant.id)}/verdict`, body },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('prosecutions.verdicts.record')} size="lg">
      <form onSubmit={submit} noValidate aria-label={t('prosecutions.verdicts.record')}>
        <Stack gap="sm">
          <Text size="sm">{t(COURT_LEVEL_KEYS[level])}</Text>
          <Group grow align="start">
            <NativeSelect
              label={t('prosecutions.verdicts.outcome')}
              required
              data={VERDICT_OUTCOMES.map((code) => ({ value: code, label: t(VERDICT_KEYS[code]) }))}
              value={outcome}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isOneOf(VERDICT_OUTCOMES, value)) setOutcome(value);
              }}
            />
            <TextInput
              type="date"
              label={t('prosecutions.verdicts.decidedOn')}
              required
              value={decidedOn}
              onChange={(event) => setDecidedOn(event.currentTarget.value)}
            />
          </Group>
          <ChargeOutcomes
            defendant={defendant}
            level={level}
            outcomes={outcomes}
            onChange={(chargeId, value) => setOutcomes((old) => ({ ...old, [chargeId]: value }))}
          />
          {!isConsistent && (
            <Text size="sm" c="red" role="status">
              {t('prosecutions.verdicts.inconsistent')}
            </Text>
          )}
          {hasSentence && <SentenceFields draft={sentence} onChange={setSentence} />}
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={write.isPending}
              disabled={!isConsistent || decidedOn === '' || decidable.length === 0}
            >
              {t('prosecutions.verdicts.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

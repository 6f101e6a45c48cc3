import { Checkbox, Fieldset, NumberInput, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SentenceInput } from '#shared/contracts/prosecutions.js';

export type SentenceDraft = {
  prisonMonths: number | string;
  isSuspended: boolean;
  fineAmount: string;
  currency: string;
  otherMeasures: string;
};

export const EMPTY_SENTENCE: SentenceDraft = {
  prisonMonths: '',
  isSuspended: false,
  fineAmount: '',
  currency: '',
  otherMeasures: '',
};

export function toSentence(draft: SentenceDraft): SentenceInput {
  const fine = draft.fineAmount.trim();
  return {
    prisonMonths: typeof draft.prisonMonths === 'number' ? draft.prisonMonths : null,
    isSuspended: draft.isSuspended,
    fineAmount: fine === '' ? null : fine,
    currency: fine === '' ? null : draft.currency.trim().toUpperCase(),
    otherMeasures: draft.otherMeasures.trim() === '' ? null : draft.otherMeasures.trim(),
  };
}

/** Prison term, fine (a decimal with its currency) and other measures of a conviction. */
export function SentenceFields({
  draft,
  onChange,
}: {
  draft: SentenceDraft;
  onChange: (draft: SentenceDraft) => void;
}) {
  const { t } = useTranslation();
  const patch = (change: Partial<SentenceDraft>) => onChange({ ...draft, ...change });
  return (
    <Fieldset legend={t('prosecutions.verdicts.sentence')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('prosecutions.verdicts.prisonMonths')}
          min={0}
          max={1200}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          value={draft.prisonMonths}
          onChange={(prisonMonths) => patch({ prisonMonths })}
        />
        <Checkbox
          mt="xl"
          label={t('prosecutions.verdicts.isSuspended')}
          checked={draft.isSuspended}
          onChange={(event) => patch({ isSuspended: event.currentTarget.checked })}
        />
        <TextInput
          label={t('prosecutions.verdicts.fineAmount')}
          dir="ltr"
          inputMode="decimal"
          maxLength={15}
          value={draft.fineAmount}
          onChange={(event) => patch({ fineAmount: event.currentTarget.value })}
        />
        <TextInput
          label={t('prosecutions.currency')}
          description={t('prosecutions.currencyHint')}
          dir="ltr"
          maxLength={3}
          required={draft.fineAmount.trim() !== ''}
          value={draft.currency}
          onChange={(event) => patch({ currency: event.currentTarget.value.toUpperCase() })}
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t('prosecutions.verdicts.otherMeasures')}
        dir="auto"
        autosize
        minRows={2}
        maxLength={2000}
        value={draft.otherMeasures}
        onChange={(event) => patch({ otherMeasures: event.currentTarget.value })}
      />
    </Fieldset>
  );
}

import { Fieldset, Group, MultiSelect, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorAnswer } from '#shared/domain/identification.js';
import { currentLocale } from '#web/lib/i18n.js';
import {
  ANSWER_SCALE,
  HTCDS_LISTS,
  INDICATORS,
  optionsOf,
  type HtcdsListName,
} from '#web/lib/reference.js';

export type Answers = Record<string, IndicatorAnswer>;

function isAnswer(value: string): value is IndicatorAnswer {
  return ANSWER_SCALE.some((answer) => answer.code === value);
}

/** The eleven ILO indicators: each a radio group (arrow keys move within it, Tab to the next). */
export function IndicatorQuestions({
  answers,
  onChange,
}: {
  answers: Answers;
  onChange: (code: string, answer: IndicatorAnswer) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Fieldset legend={t('screening.indicatorsLegend')}>
      <Stack gap="lg">
        {INDICATORS.map((indicator, index) => (
          <Radio.Group
            key={indicator.code}
            label={t('screening.indicatorLabel', {
              number: index + 1,
              label: indicator.label[locale],
            })}
            description={indicator.question[locale]}
            value={answers[indicator.code] ?? 'NOT_ASKED'}
            onChange={(value) => {
              if (isAnswer(value)) onChange(indicator.code, value);
            }}
            className="indicator-question"
            data-indicator={indicator.code}
          >
            <Group gap="lg" mt={6}>
              {ANSWER_SCALE.map((answer) => (
                <Radio key={answer.code} value={answer.code} label={answer.label[locale]} />
              ))}
            </Group>
          </Radio.Group>
        ))}
      </Stack>
    </Fieldset>
  );
}

const LISTS: readonly { name: HtcdsListName; key: 'recruitment' | 'control' | 'exploitation' }[] = [
  { name: 'vic_MethodOfRecruitment', key: 'recruitment' },
  { name: 'vic_MethodsOfControl', key: 'control' },
  { name: 'vic_TypeOfExploitation', key: 'exploitation' },
];
export type CodeSelections = Record<'recruitment' | 'control' | 'exploitation', string[]>;

const LIST_LABEL_KEYS = {
  recruitment: 'screening.recruitment',
  control: 'screening.control',
  exploitation: 'screening.exploitation',
} as const;

/** HTCDS recruitment, control and exploitation codes; labels from htcds.json. */
export function HtcdsCodeFields({
  values,
  onChange,
}: {
  values: CodeSelections;
  onChange: (patch: Partial<CodeSelections>) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return (
    <Fieldset legend={t('screening.htcdsLegend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('screening.htcdsHint')}
        </Text>
        {LISTS.map((list) => (
          <MultiSelect
            key={list.key}
            label={t(LIST_LABEL_KEYS[list.key])}
            data={optionsOf(HTCDS_LISTS[list.name], locale)}
            searchable
            clearable
            maxValues={20}
            value={values[list.key]}
            onChange={(codes) => onChange({ [list.key]: codes })}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}

import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TipReceipt } from '#shared/contracts/tips.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { TipFormFields } from '#web/components/tip-form-fields.js';
import { useApi } from '#web/lib/api-context.js';
import { currentLocale } from '#web/lib/i18n.js';
import {
  EMPTY_TIP_FORM,
  isTipFormReady,
  toTipBody,
  type TipFormValues,
} from '#web/lib/tip-form.js';
import { ReceiptCard } from './receipt-card.js';

/** Public tip form: no account, no cookie needed, anonymous by default. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<TipFormValues>(EMPTY_TIP_FORM);
  const submitTip = useMutation({
    mutationFn: async (form: TipFormValues) =>
      api.send('POST', '/api/public/tips', await toTipBody(form, currentLocale(i18n)), TipReceipt),
  });
  if (submitTip.data) {
    return (
      <ReceiptCard
        receipt={submitTip.data}
        onAnother={() => {
          setValues(EMPTY_TIP_FORM);
          submitTip.reset();
        }}
      />
    );
  }
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    submitTip.mutate(values);
  };
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2}>{t('report.title')}</Title>
          <Text>{t('report.intro')}</Text>
          <Alert color="orange" title={t('report.emergencyTitle')}>
            {t('report.emergencyBody')}
          </Alert>
          <TipFormFields values={values} onChange={(patch) => setValues({ ...values, ...patch })} />
          <ErrorAlert error={submitTip.error} />
          <Button type="submit" loading={submitTip.isPending} disabled={!isTipFormReady(values)}>
            {t('report.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

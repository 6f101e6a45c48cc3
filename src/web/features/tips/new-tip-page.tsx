import { Button, NativeSelect, Paper, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { TIP_CHANNELS, type HotlineTipInput } from '#shared/contracts/tips.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { TipFormFields } from '#web/components/tip-form-fields.js';
import { useApi } from '#web/lib/api-context.js';
import { currentLocale } from '#web/lib/i18n.js';
import { CHANNEL_KEYS } from '#web/lib/labels.js';
import {
  EMPTY_TIP_FORM,
  isTipFormReady,
  toTipBody,
  type TipFormValues,
} from '#web/lib/tip-form.js';

type HotlineChannel = HotlineTipInput['channel'];
const HOTLINE_CHANNELS = TIP_CHANNELS.filter(
  (channel): channel is HotlineChannel => channel !== 'web_form',
);
const TipCreated = z.object({ id: z.uuid(), reference: z.string(), receivedAt: z.string() });

function isHotlineChannel(value: string): value is HotlineChannel {
  return (HOTLINE_CHANNELS as readonly string[]).includes(value);
}

/** Intake of a tip received by phone, in person or by e-mail, typed in by an operator. */
export function NewTipPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<TipFormValues>({ ...EMPTY_TIP_FORM, isAnonymous: false });
  const [channel, setChannel] = useState<HotlineChannel>('hotline_phone');
  const record = useMutation({
    mutationFn: async () => {
      const body = { ...(await toTipBody(values, currentLocale(i18n))), channel };
      return api.send('POST', '/api/tips', body, TipCreated);
    },
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['tips'] });
      await navigate(`/tips/${created.id}`);
    },
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    record.mutate();
  };
  return (
    <Paper withBorder p="lg" maw={760}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2}>{t('tips.newTitle')}</Title>
          <NativeSelect
            label={t('tips.channel')}
            required
            data={HOTLINE_CHANNELS.map((code) => ({ value: code, label: t(CHANNEL_KEYS[code]) }))}
            value={channel}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isHotlineChannel(value)) setChannel(value);
            }}
          />
          <TipFormFields values={values} onChange={(patch) => setValues({ ...values, ...patch })} />
          <ErrorAlert error={record.error} />
          <Button type="submit" loading={record.isPending} disabled={!isTipFormReady(values)}>
            {t('tips.record')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

import { Button, Paper, Radio, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { CASE_KINDS } from '#shared/contracts/cases.js';
import type { TipDetail } from '#shared/contracts/tips.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { CASE_KIND_KEYS } from '#web/lib/labels.js';
import { useTipUpdates } from './tips-api.js';

type CaseKind = (typeof CASE_KINDS)[number];
const Converted = z.object({ caseId: z.uuid() });

function isCaseKind(value: string): value is CaseKind {
  return (CASE_KINDS as readonly string[]).includes(value);
}

export function ConvertPanel({ tip }: { tip: TipDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const updates = useTipUpdates(tip.id);
  const [kind, setKind] = useState<CaseKind>('victim_case');
  const [title, setTitle] = useState('');
  const convert = useMutation({
    mutationFn: () =>
      api.send(
        'POST',
        `/api/tips/${tip.id}/convert`,
        { kind, title, version: tip.version },
        Converted,
      ),
    onSuccess: async ({ caseId }) => {
      await queryClient.invalidateQueries({ queryKey: ['tips'] });
      await queryClient.invalidateQueries({ queryKey: ['tip', tip.id] });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      await navigate(`/cases/${caseId}`);
    },
    onError: updates.onFailed,
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    convert.mutate();
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="convert-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} id="convert-title">
            {t('tips.convert.title')}
          </Title>
          <Radio.Group
            label={t('tips.convert.kind')}
            required
            value={kind}
            onChange={(value) => {
              if (isCaseKind(value)) setKind(value);
            }}
          >
            <Stack gap={6} mt={4}>
              {CASE_KINDS.map((code) => (
                <Radio key={code} value={code} label={t(CASE_KIND_KEYS[code])} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('tips.convert.caseTitle')}
            dir="auto"
            required
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <ErrorAlert error={convert.error} />
          <Button type="submit" loading={convert.isPending} disabled={title.trim().length < 3}>
            {t('tips.convert.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

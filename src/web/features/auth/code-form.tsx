import { Button, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SessionInfo } from '#shared/contracts/auth.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { setSession } from '#web/lib/session.js';

/** Six-digit TOTP code form, posted to the verify or enrol-confirm endpoint. */
export function CodeForm({ endpoint, submitLabel }: { endpoint: string; submitLabel: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const verify = useMutation({
    mutationFn: () => api.send('POST', endpoint, { code }, SessionInfo),
    onSuccess: async (session) => {
      setSession(queryClient, session);
      await navigate('/');
    },
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    verify.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={verify.error} />
        <TextInput
          label={t('auth.code')}
          description={t('auth.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          dir="ltr"
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value.replace(/\D/g, ''))}
        />
        <Button type="submit" loading={verify.isPending} disabled={code.length !== 6}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

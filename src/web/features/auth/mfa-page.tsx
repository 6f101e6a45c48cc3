import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSession } from '#web/lib/session.js';
import { CodeForm } from './code-form.js';

export function MfaPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isSuccess && !session.data) return <Navigate to="/login" replace />;
  return (
    <Paper withBorder p="lg" maw={440} mx="auto" mt="xl">
      <Stack>
        <Title order={2}>{t('auth.mfaTitle')}</Title>
        <Text>{t('auth.mfaIntro')}</Text>
        <CodeForm endpoint="/api/auth/mfa/verify" submitLabel={t('auth.verify')} />
      </Stack>
    </Paper>
  );
}

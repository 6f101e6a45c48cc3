import { Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { MfaEnrolment } from '#shared/contracts/auth.js';
import { QueryState } from '#web/components/query-state.js';
import { useApi } from '#web/lib/api-context.js';
import { useSession } from '#web/lib/session.js';
import { CodeForm } from './code-form.js';

export function MfaEnrolPage() {
  const { t } = useTranslation();
  const api = useApi();
  const session = useSession();
  const enrolment = useQuery({
    queryKey: ['mfa-enrolment'],
    // Each call mints a new secret: fetch once per visit, never in the background.
    queryFn: () => api.send('POST', '/api/auth/mfa/enrol', undefined, MfaEnrolment),
    enabled: session.data?.mfa === 'enrolment_required',
    staleTime: Infinity,
    gcTime: 0,
  });
  if (session.isSuccess && !session.data) return <Navigate to="/login" replace />;
  return (
    <Paper withBorder p="lg" maw={520} mx="auto" mt="xl">
      <Stack>
        <Title order={2}>{t('auth.enrolTitle')}</Title>
        <Text>{t('auth.enrolIntro')}</Text>
        <QueryState query={enrolment}>
          {(data) => (
            <Stack>
              <Image src={data.qrDataUrl} alt={t('auth.qrAlt')} className="qr-image" />
              <TextInput
                label={t('auth.secretLabel')}
                value={data.secret}
                readOnly
                dir="ltr"
                classNames={{ input: 'reference' }}
                onFocus={(event) => event.currentTarget.select()}
              />
            </Stack>
          )}
        </QueryState>
        <CodeForm endpoint="/api/auth/mfa/enrol/confirm" submitLabel={t('auth.confirmEnrol')} />
      </Stack>
    </Paper>
  );
}

import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { SessionInfo } from '#shared/contracts/auth.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { setSession } from '#web/lib/session.js';
import { pathAfterSignIn } from './after-sign-in.js';

export function LoginPage() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => api.send('POST', '/api/auth/login', { email, password }, SessionInfo),
    onSuccess: async (session) => {
      setSession(queryClient, session);
      await navigate(pathAfterSignIn(session, location.state));
    },
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <Paper withBorder p="lg" maw={440} mx="auto" mt="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2}>{t('auth.loginTitle')}</Title>
          <ErrorAlert error={login.error} />
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            dir="ltr"
            required
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
          <PasswordInput
            label={t('auth.password')}
            autoComplete="current-password"
            visibilityToggleButtonProps={{ 'aria-label': t('auth.togglePassword') }}
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" loading={login.isPending}>
            {t('auth.signIn')}
          </Button>
          <Text size="sm">
            <Anchor component={Link} to="/report">
              {t('auth.reportLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}

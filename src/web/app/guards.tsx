import { Alert, Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '#shared/domain/roles.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { Shell } from './shell.js';

function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

/** Signed in with MFA satisfied, or sent to the step that is missing. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageLoader />;
  if (session.error) return <ErrorAlert error={session.error} />;
  const info = session.data;
  if (!info) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (info.mfa === 'challenge_required') return <Navigate to="/mfa" replace />;
  if (info.mfa === 'enrolment_required') return <Navigate to="/mfa/enrol" replace />;
  return <Shell session={info} />;
}

/** Hides a screen from roles that cannot use it; the server enforces the same rule. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children?: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!hasAnyRole(session.data, roles)) {
    return (
      <Alert color="red" role="alert">
        {t('errors.forbidden')}
      </Alert>
    );
  }
  return children ?? <Outlet />;
}

import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { COOPERATION_DRAFTER_ROLES } from './cooperation-api.js';

/**
 * Starts a cooperation request from the file it serves, so the request is linked to the
 * investigation or prosecution from its first draft.
 */
export function RequestCooperationButton(links: {
  investigationId: string | null;
  prosecutionId?: string | null;
}) {
  const { t } = useTranslation();
  const session = useSession().data;
  if (!hasAnyRole(session, COOPERATION_DRAFTER_ROLES)) return null;
  const params = new URLSearchParams();
  if (links.investigationId) params.set('investigationId', links.investigationId);
  if (links.prosecutionId) params.set('prosecutionId', links.prosecutionId);
  return (
    <Button component={Link} to={`/cooperation/new?${params.toString()}`} variant="light">
      {t('cooperation.requestFromFile')}
    </Button>
  );
}

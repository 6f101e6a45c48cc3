import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '#web/lib/api-client.js';

/** Shows the server's message (already in the user's language) or a client-side fallback. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const detail = error instanceof ApiError ? error.detail : null;
  let message: string = t('errors.internal');
  if (detail) message = detail.message;
  else if (error instanceof ApiError && error.status === 0) message = t('common.networkError');
  else if (error instanceof ApiError && error.status === -1) message = t('common.badResponse');
  const fields = detail?.details?.fields ?? [];
  return (
    <Alert color="red" role="alert" title={t('common.errorTitle')}>
      {message}
      {fields.length > 0 && (
        <List size="sm" mt="xs">
          {fields.map((field) => (
            <List.Item key={`${field.path}:${field.message}`}>
              <bdi>{field.path}</bdi>: {field.message}
            </List.Item>
          ))}
        </List>
      )}
      {detail && (
        <div className="request-id">
          {t('common.requestId')} <bdi>{detail.requestId}</bdi>
        </div>
      )}
    </Alert>
  );
}

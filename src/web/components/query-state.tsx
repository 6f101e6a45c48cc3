import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert.js';

type QueryLike<T> = { data: T | undefined; error: unknown; isPending: boolean };

/** Loading spinner, error alert or the content, for one query. */
export function QueryState<T>({
  query,
  children,
}: {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.error) return <ErrorAlert error={query.error} />;
  if (query.isPending || query.data === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  return <>{children(query.data)}</>;
}

import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProsecutionDetail } from '#shared/contracts/prosecutions.js';
import { DefendantCard } from './defendant-card.js';
import { DefendantFormModal } from './defendant-form.js';

/** Defendants of the case; a pending non-punishment review is called out before anything else. */
export function DefendantsPanel({
  file,
  canChange,
}: {
  file: ProsecutionDetail;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const [isAdding, setIsAdding] = useState(false);
  const pending = file.defendants.filter(
    (defendant) => defendant.nonPunishmentReview === 'pending',
  ).length;
  return (
    <Stack component="section" aria-labelledby="defendants-title">
      <Group justify="space-between">
        <Title order={3} id="defendants-title">
          {t('prosecutions.defendants.title')}
        </Title>
        {canChange && (
          <Button onClick={() => setIsAdding(true)}>{t('prosecutions.defendants.add')}</Button>
        )}
      </Group>
      {pending > 0 && (
        <Alert color="red" title={t('prosecutions.review.required')}>
          {t('prosecutions.review.pendingCount', { count: pending })}
        </Alert>
      )}
      {file.defendants.length === 0 && <Text c="dimmed">{t('prosecutions.defendants.none')}</Text>}
      {file.defendants.map((defendant) => (
        <DefendantCard key={defendant.id} file={file} defendant={defendant} canChange={canChange} />
      ))}
      {isAdding && <DefendantFormModal file={file} onClose={() => setIsAdding(false)} />}
    </Stack>
  );
}

import { Button, Group, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useInvestigationCreate } from './investigations-api.js';

/** Opens a file; its creator becomes the team lead. */
export function InvestigationCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useInvestigationCreate();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate(
      { title: title.trim(), summary: summary.trim() },
      { onSuccess: (saved) => void navigate(`/investigations/${saved.id}`) },
    );
  };
  return (
    <Stack>
      <Title order={2}>{t('investigations.create.title')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate aria-label={t('investigations.create.title')}>
          <Stack gap="sm">
            <TextInput
              label={t('investigations.fields.title')}
              description={t('investigations.create.titleHint')}
              required
              dir="auto"
              maxLength={200}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
            />
            <Textarea
              label={t('investigations.fields.summary')}
              dir="auto"
              autosize
              minRows={4}
              maxLength={20_000}
              value={summary}
              onChange={(event) => setSummary(event.currentTarget.value)}
            />
            <ErrorAlert error={create.error} />
            <Group>
              <Button type="submit" loading={create.isPending} disabled={title.trim() === ''}>
                {t('investigations.create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

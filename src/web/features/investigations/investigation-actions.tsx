import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InvestigationDetail } from '#shared/contracts/investigations.js';
import {
  INVESTIGATION_COMMANDS,
  nextInvestigationStatus,
  type InvestigationCommand,
} from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { isConflict } from '#web/lib/api-client.js';
import { useApi } from '#web/lib/api-context.js';
import { COMMAND_KEYS } from './investigation-labels.js';
import {
  investigationKey,
  investigationPath,
  useInvestigationCommand,
} from './investigations-api.js';

function EditModal({ file, onClose }: { file: InvestigationDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(file.title);
  const [summary, setSummary] = useState(file.summary);
  const save = useMutation({
    mutationFn: () =>
      api.send(
        'PATCH',
        investigationPath(file.id),
        { title: title.trim(), summary: summary.trim(), version: file.version },
        InvestigationDetail,
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(investigationKey(file.id), saved);
      onClose();
    },
    onError: async (error) => {
      if (isConflict(error))
        await queryClient.invalidateQueries({ queryKey: investigationKey(file.id) });
    },
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('investigations.edit')} size="lg">
      <form onSubmit={submit} noValidate>
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
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={title.trim() === ''}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function CloseModal({
  onConfirm,
  onClose,
  isPending,
}: {
  onConfirm: () => void;
  onClose: () => void;
  isPending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('investigations.closeConfirm.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('investigations.closeConfirm.text')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={isPending} onClick={onConfirm}>
            {t('investigations.actions.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Edit (any team member), and the status commands the file allows now (team lead only). */
export function InvestigationActions({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const command = useInvestigationCommand(file.id);
  const [dialog, setDialog] = useState<'edit' | 'close' | null>(null);
  const isLead = file.myTeamRole === 'lead';
  const possible = INVESTIGATION_COMMANDS.filter(
    (name) => isLead && nextInvestigationStatus(file.status, name) !== null,
  );
  const give = (name: InvestigationCommand) =>
    command.mutate({ command: name, version: file.version }, { onSuccess: () => setDialog(null) });
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        {file.status !== 'closed' && (
          <Button variant="light" onClick={() => setDialog('edit')}>
            {t('investigations.edit')}
          </Button>
        )}
        {possible.map((name) => (
          <Button
            key={name}
            variant={name === 'close' ? 'outline' : 'filled'}
            color={name === 'close' ? 'red' : 'blue'}
            loading={command.isPending && command.variables.command === name}
            onClick={() => (name === 'close' ? setDialog('close') : give(name))}
          >
            {t(COMMAND_KEYS[name])}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={command.error} />
      {dialog === 'edit' && <EditModal file={file} onClose={() => setDialog(null)} />}
      {dialog === 'close' && (
        <CloseModal
          isPending={command.isPending}
          onConfirm={() => give('close')}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}

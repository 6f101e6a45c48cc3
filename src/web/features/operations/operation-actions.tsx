import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationDetail } from '#shared/contracts/operations.js';
import { OPERATION_COMMANDS, nextOperationStatus } from '#shared/domain/operation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { COMMAND_KEYS } from './operation-labels.js';
import { useOperationCommand } from './operations-api.js';

type Command = ReturnType<typeof useOperationCommand>;

function CancelModal({
  operation,
  command,
  onClose,
}: {
  operation: OperationDetail;
  command: Command;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    command.mutate(
      { command: 'cancel', body: { version: operation.version, reason: reason.trim() } },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('operations.cancel.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('operations.cancel.reason')}
            required
            dir="auto"
            autosize
            minRows={2}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <ErrorAlert error={command.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button
              type="submit"
              color="red"
              loading={command.isPending}
              disabled={reason.trim() === ''}
            >
              {t('operations.actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The lifecycle commands the operation allows now; shown only to those who may give them. */
export function OperationActions({ operation }: { operation: OperationDetail }) {
  const { t } = useTranslation();
  const command = useOperationCommand(operation.id);
  const [isCancelling, setIsCancelling] = useState(false);
  const possible = OPERATION_COMMANDS.filter(
    (name) => nextOperationStatus(operation.status, name) !== null,
  );
  if (possible.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {possible.map((name) => (
          <Button
            key={name}
            variant={name === 'cancel' ? 'outline' : 'filled'}
            color={name === 'cancel' ? 'red' : 'blue'}
            loading={command.isPending && command.variables.command === name}
            onClick={() =>
              name === 'cancel'
                ? setIsCancelling(true)
                : command.mutate({ command: name, body: { version: operation.version } })
            }
          >
            {t(COMMAND_KEYS[name])}
          </Button>
        ))}
      </Group>
      {!isCancelling && <ErrorAlert error={command.error} />}
      {isCancelling && (
        <CancelModal
          operation={operation}
          command={command}
          onClose={() => setIsCancelling(false)}
        />
      )}
    </Stack>
  );
}

import { Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JitDetail } from '#shared/contracts/jit.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useJitWrite } from './jit-api.js';
import { addDays, localToday } from './jit-dates.js';

type Command = 'activate' | 'extend' | 'terminate';
type Write = ReturnType<typeof useJitWrite>;

const COMMAND_KEYS = {
  activate: 'jit.actions.activate',
  extend: 'jit.actions.extend',
  terminate: 'jit.actions.terminate',
} as const satisfies Record<Command, string>;

const INTRO_KEYS = {
  activate: 'jit.actions.activateIntro',
  extend: 'jit.actions.extendIntro',
  terminate: 'jit.actions.terminateIntro',
} as const satisfies Record<Command, string>;

function CommandModal({
  agreement,
  command,
  write,
  onClose,
}: {
  agreement: JitDetail;
  command: Command;
  write: Write;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() =>
    command === 'activate' ? localToday() : addDays(agreement.endsOn, 90),
  );
  const [reason, setReason] = useState('');
  const needsReason = command !== 'activate';
  const body =
    command === 'activate'
      ? { signedOn: date }
      : command === 'extend'
        ? { newEndsOn: date, reason: reason.trim() }
        : { reason: reason.trim() };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      { method: 'POST', path: `/${command}`, body: { ...body, version: agreement.version } },
      { onSuccess: onClose },
    );
  };
  const title = t(COMMAND_KEYS[command]);
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack gap="sm">
          <Text size="sm">{t(INTRO_KEYS[command])}</Text>
          {command !== 'terminate' && (
            <TextInput
              type="date"
              label={command === 'activate' ? t('jit.fields.signedOn') : t('jit.fields.newEndsOn')}
              required
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
            />
          )}
          {needsReason && (
            <Textarea
              label={t('jit.fields.reason')}
              required
              dir="auto"
              autosize
              minRows={3}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
          )}
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={command === 'terminate' ? 'red' : 'blue'}
              loading={write.isPending}
              disabled={
                (needsReason && reason.trim() === '') || (command !== 'terminate' && date === '')
              }
            >
              {title}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A leader's lifecycle commands: activate a signed draft, extend or terminate one in force. */
export function JitActions({ agreement, isLeader }: { agreement: JitDetail; isLeader: boolean }) {
  const { t } = useTranslation();
  const write = useJitWrite(agreement.id);
  const [open, setOpen] = useState<Command | null>(null);
  if (!isLeader) return null;
  const commands: Command[] =
    agreement.status === 'draft'
      ? ['activate']
      : agreement.status === 'active'
        ? ['extend', 'terminate']
        : [];
  if (commands.length === 0) return null;
  return (
    <Group gap="xs">
      {commands.map((command) => (
        <Button
          key={command}
          variant={command === 'terminate' ? 'outline' : 'filled'}
          color={command === 'terminate' ? 'red' : 'blue'}
          onClick={() => {
            write.reset();
            setOpen(command);
          }}
        >
          {t(COMMAND_KEYS[command])}
        </Button>
      ))}
      {open && (
        <CommandModal
          agreement={agreement}
          command={open}
          write={write}
          onClose={() => setOpen(null)}
        />
      )}
    </Group>
  );
}

import { Button, Group, Modal, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationRequestDetail } from '#shared/contracts/cooperation.js';
import { REFUSAL_GROUNDS, type CooperationCommand } from '#shared/domain/cooperation.js';
import { CHANNEL_CODES } from '#shared/reference/cooperation-codes.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useAgencies } from '#web/features/tips/tips-api.js';
import { currentLocale } from '#web/lib/i18n.js';
import type { useRequestWrite } from './cooperation-api.js';
import { COMMAND_KEYS, REFUSAL_GROUND_KEYS, referenceLabels } from './cooperation-labels.js';

type Write = ReturnType<typeof useRequestWrite>;

/** What a command's form holds; each command sends only the fields of its contract. */
type Values = {
  note: string;
  reason: string;
  channel: string;
  transmissionReference: string;
  foreignReference: string;
  acknowledgedOn: string;
  executingAgencyId: string;
  ground: string;
};

const DANGER: readonly CooperationCommand[] = ['refuse', 'withdraw', 'return'];

function bodyOf(command: CooperationCommand, version: number, values: Values): object {
  const note = values.note.trim() ? { note: values.note.trim() } : {};
  switch (command) {
    case 'return':
      return { version, reason: values.reason.trim() };
    case 'send':
      return {
        version,
        channel: values.channel,
        transmissionReference: values.transmissionReference.trim(),
        ...note,
      };
    case 'acknowledge':
      return {
        version,
        foreignReference: values.foreignReference.trim(),
        acknowledgedOn: values.acknowledgedOn,
        ...note,
      };
    case 'start_execution':
      return values.executingAgencyId
        ? { version, executingAgencyId: values.executingAgencyId, ...note }
        : { version, ...note };
    case 'refuse':
      return { version, ground: values.ground, ...note };
    default:
      return { version, ...note };
  }
}

function CommandFields(props: {
  command: CooperationCommand;
  detail: CooperationRequestDetail;
  values: Values;
  set: (patch: Partial<Values>) => void;
}) {
  const { t, i18n } = useTranslation();
  const labels = referenceLabels(currentLocale(i18n));
  const agencies = useAgencies();
  const { command, values, set } = props;
  return (
    <>
      {command === 'send' && (
        <>
          <NativeSelect
            label={t('cooperation.actions.channel')}
            required
            value={values.channel}
            onChange={(event) => set({ channel: event.currentTarget.value })}
            data={CHANNEL_CODES.map((code) => ({ value: code, label: labels.channel(code) }))}
          />
          <TextInput
            label={t('cooperation.actions.transmissionReference')}
            required
            dir="auto"
            maxLength={100}
            value={values.transmissionReference}
            onChange={(event) => set({ transmissionReference: event.currentTarget.value })}
          />
        </>
      )}
      {command === 'acknowledge' && (
        <>
          <TextInput
            label={t('cooperation.actions.foreignReference')}
            required
            dir="auto"
            maxLength={100}
            value={values.foreignReference}
            onChange={(event) => set({ foreignReference: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('cooperation.actions.acknowledgedOn')}
            required
            value={values.acknowledgedOn}
            onChange={(event) => set({ acknowledgedOn: event.currentTarget.value })}
          />
        </>
      )}
      {command === 'start_execution' && props.detail.direction === 'incoming' && (
        <NativeSelect
          label={t('cooperation.actions.executingAgency')}
          required
          value={values.executingAgencyId}
          onChange={(event) => set({ executingAgencyId: event.currentTarget.value })}
          data={[
            { value: '', label: t('common.choose') },
            ...(agencies.data?.items ?? []).map((agency) => ({
              value: agency.id,
              label: agency.name,
            })),
          ]}
        />
      )}
      {command === 'refuse' && (
        <NativeSelect
          label={t('cooperation.actions.ground')}
          required
          value={values.ground}
          onChange={(event) => set({ ground: event.currentTarget.value })}
          data={REFUSAL_GROUNDS.map((code) => ({
            value: code,
            label: t(REFUSAL_GROUND_KEYS[code]),
          }))}
        />
      )}
      {command === 'return' ? (
        <Textarea
          label={t('cooperation.actions.reason')}
          required
          dir="auto"
          minLength={3}
          maxLength={2000}
          value={values.reason}
          onChange={(event) => set({ reason: event.currentTarget.value })}
        />
      ) : (
        <Textarea
          label={t('cooperation.actions.note')}
          dir="auto"
          maxLength={2000}
          value={values.note}
          onChange={(event) => set({ note: event.currentTarget.value })}
        />
      )}
    </>
  );
}

function CommandModal(props: {
  command: CooperationCommand;
  detail: CooperationRequestDetail;
  write: Write;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { command, detail, write } = props;
  const [values, setValues] = useState<Values>({
    note: '',
    reason: '',
    channel: 'CENTRAL_AUTHORITY',
    transmissionReference: '',
    foreignReference: detail.foreignReference ?? '',
    acknowledgedOn: new Date().toISOString().slice(0, 10),
    executingAgencyId: detail.executingAgencyId ?? '',
    ground: 'insufficient_information',
  });
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      { kind: 'command', command, body: bodyOf(command, detail.version, values) },
      { onSuccess: props.onClose },
    );
  };
  return (
    <Modal opened onClose={props.onClose} title={t(COMMAND_KEYS[command])}>
      <form onSubmit={submit} noValidate aria-label={t(COMMAND_KEYS[command])}>
        <Stack gap="sm">
          <CommandFields
            command={command}
            detail={detail}
            values={values}
            set={(patch) => setValues((old) => ({ ...old, ...patch }))}
          />
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={DANGER.includes(command) ? 'red' : 'blue'}
              loading={write.isPending}
            >
              {t('cooperation.actions.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The lifecycle buttons this user may press now; each opens a short form with its receipt. */
export function RequestActions(props: {
  detail: CooperationRequestDetail;
  commands: readonly CooperationCommand[];
  write: Write;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<CooperationCommand | null>(null);
  if (props.commands.length === 0) return null;
  return (
    <Group gap="sm" role="group" aria-label={t('cooperation.actions.title')}>
      {props.commands.map((command) => (
        <Button
          key={command}
          variant={DANGER.includes(command) ? 'outline' : 'filled'}
          color={DANGER.includes(command) ? 'red' : 'blue'}
          onClick={() => {
            props.write.reset();
            setOpen(command);
          }}
        >
          {t(COMMAND_KEYS[command])}
        </Button>
      ))}
      {open && (
        <CommandModal
          command={open}
          detail={props.detail}
          write={props.write}
          onClose={() => setOpen(null)}
        />
      )}
    </Group>
  );
}

import { Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralSummary } from '#shared/contracts/referrals.js';
import {
  REFERRAL_DECLINE_REASONS,
  nextReferralStatus,
  type ReferralCommand,
  type ReferralDeclineReason,
} from '#shared/domain/referral-lifecycle.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { DECLINE_REASON_KEYS } from './referral-labels.js';
import type { useReferralCommand } from './referrals-api.js';

type Command = ReturnType<typeof useReferralCommand>;

const ACTION_KEYS = {
  accept: 'referrals.actions.accept',
  decline: 'referrals.actions.decline',
  start: 'referrals.actions.start',
  complete: 'referrals.actions.complete',
  cancel: 'referrals.actions.cancel',
} as const satisfies Record<ReferralCommand, string>;

const RECEIVING: readonly ReferralCommand[] = ['accept', 'decline', 'start', 'complete'];

function isReason(value: string): value is ReferralDeclineReason {
  return (REFERRAL_DECLINE_REASONS as readonly string[]).includes(value);
}

function DeclineModal({
  row,
  command,
  onClose,
}: {
  row: ReferralSummary;
  command: Command;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ReferralDeclineReason>('no_capacity');
  const [note, setNote] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = { version: row.version, reason, ...(note.trim() ? { note } : {}) };
    command.mutate({ id: row.id, command: 'decline', body }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('referrals.declineTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NativeSelect
            label={t('referrals.declineReason')}
            required
            value={reason}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isReason(value)) setReason(value);
            }}
            data={REFERRAL_DECLINE_REASONS.map((code) => ({
              value: code,
              label: t(DECLINE_REASON_KEYS[code]),
            }))}
          />
          <Textarea
            label={t('referrals.note')}
            dir="auto"
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={command.isPending}>
              {t('referrals.actions.decline')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The commands this side may give on this row now; each carries the row's version. */
export function ReferralActions({ row, command }: { row: ReferralSummary; command: Command }) {
  const { t } = useTranslation();
  const isCoordinator = hasAnyRole(useSession().data, ['national_coordinator']);
  const [isDeclining, setIsDeclining] = useState(false);
  const mine = (name: ReferralCommand) =>
    RECEIVING.includes(name)
      ? row.isReceivedByMyAgency || isCoordinator
      : row.isSentByMyAgency || isCoordinator;
  const possible = (['accept', 'decline', 'start', 'complete', 'cancel'] as const).filter(
    (name) => mine(name) && nextReferralStatus(row.status, name) !== null,
  );
  if (possible.length === 0) return null;
  return (
    <Group gap={6} wrap="nowrap">
      {possible.map((name) => (
        <Button
          key={name}
          size="compact-sm"
          variant={name === 'decline' || name === 'cancel' ? 'outline' : 'filled'}
          color={name === 'decline' || name === 'cancel' ? 'red' : 'blue'}
          loading={
            command.isPending &&
            command.variables.id === row.id &&
            command.variables.command === name
          }
          onClick={() =>
            name === 'decline'
              ? setIsDeclining(true)
              : command.mutate({ id: row.id, command: name, body: { version: row.version } })
          }
        >
          {t(ACTION_KEYS[name])}
        </Button>
      ))}
      {isDeclining && (
        <DeclineModal row={row} command={command} onClose={() => setIsDeclining(false)} />
      )}
    </Group>
  );
}

import { Button, Group, Modal, NativeSelect, Paper, Stack, Stepper, Text } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProsecutionSummary } from '#shared/contracts/prosecutions.js';
import {
  PROSECUTION_CLOSING_REASONS,
  PROSECUTION_STAGES,
  moveProsecutionStage,
  type ProsecutionClosingReason,
} from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { CLOSING_REASON_KEYS, MOVE_KEYS, STAGE_KEYS, isOneOf } from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';

type Write = ReturnType<typeof useProsecutionWrite>;

function CloseModal({
  file,
  write,
  onClose,
}: {
  file: ProsecutionSummary;
  write: Write;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ProsecutionClosingReason | ''>('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (reason === '') return;
    write.mutate(
      { method: 'POST', path: '/stage', body: { to: 'closed', reason, version: file.version } },
      { onSuccess: onClose },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('prosecutions.stage.closeTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('prosecutions.stage.closeIntro')}</Text>
          <NativeSelect
            label={t('prosecutions.stage.closingReason')}
            required
            data={[
              { value: '', label: t('common.choose') },
              ...PROSECUTION_CLOSING_REASONS.map((code) => ({
                value: code,
                label: t(CLOSING_REASON_KEYS[code]),
              })),
            ]}
            value={reason}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setReason(isOneOf(PROSECUTION_CLOSING_REASONS, value) ? value : '');
            }}
          />
          <ErrorAlert error={write.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={write.isPending} disabled={reason === ''}>
              {t('prosecutions.stage.moveTo.closed')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The next stage the rules allow, and why the appeal waits when no verdict exists yet. */
function NextStage({ file, write }: { file: ProsecutionSummary; write: Write }) {
  const { t } = useTranslation();
  const facts = { verdictCount: file.verdictCount, closingReason: null };
  const next = PROSECUTION_STAGES.filter((stage) => stage !== 'closed').find((stage) => {
    const move = moveProsecutionStage(file.stage, stage, facts);
    return move.ok || move.code === 'prosecution.appeal_requires_verdict';
  });
  if (!next) return null;
  const isBlocked = !moveProsecutionStage(file.stage, next, facts).ok;
  return (
    <Group gap="xs">
      <Button
        disabled={isBlocked}
        loading={write.isPending}
        onClick={() =>
          write.mutate({
            method: 'POST',
            path: '/stage',
            body: { to: next, version: file.version },
          })
        }
      >
        {t(MOVE_KEYS[next])}
      </Button>
      {isBlocked && (
        <Text size="sm" c="dimmed">
          {t('prosecutions.stage.appealNeedsVerdict')}
        </Text>
      )}
    </Group>
  );
}

/**
 * investigation → indictment → trial → appeal → closed, with the moves the rules allow now:
 * the next stage, or closing with a reason from any open stage.
 */
export function StageStepper({
  file,
  canChange,
}: {
  file: ProsecutionSummary;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(file.id);
  const [isClosing, setIsClosing] = useState(false);
  const isClosed = file.stage === 'closed';
  const active = isClosed ? PROSECUTION_STAGES.length : PROSECUTION_STAGES.indexOf(file.stage);
  return (
    <Paper withBorder p="md" component="section" aria-label={t('prosecutions.stage.title')}>
      <Stack gap="md">
        <Stepper active={active} size="sm" aria-label={t('prosecutions.stage.title')}>
          {PROSECUTION_STAGES.map((stage) => (
            <Stepper.Step key={stage} label={t(STAGE_KEYS[stage])} />
          ))}
        </Stepper>
        {isClosed && file.closingReason && (
          <Text size="sm">
            {t('prosecutions.stage.closedBecause', {
              reason: t(CLOSING_REASON_KEYS[file.closingReason]),
            })}
          </Text>
        )}
        {canChange && !isClosed && (
          <Group justify="space-between">
            <NextStage file={file} write={write} />
            <Button variant="outline" color="red" onClick={() => setIsClosing(true)}>
              {t('prosecutions.stage.moveTo.closed')}
            </Button>
          </Group>
        )}
        {!isClosing && <ErrorAlert error={write.error} />}
      </Stack>
      {isClosing && <CloseModal file={file} write={write} onClose={() => setIsClosing(false)} />}
    </Paper>
  );
}

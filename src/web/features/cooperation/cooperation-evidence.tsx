import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CooperationEvidence,
  CooperationRequestDetail,
} from '#shared/contracts/cooperation.js';
import { CUSTODY_ACTIONS, type CustodyAction } from '#shared/domain/cooperation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useFormat } from '#web/lib/format.js';
import { useRequestWrite } from './cooperation-api.js';
import { CUSTODY_ACTION_KEYS } from './cooperation-labels.js';

const isAction = (value: string): value is CustodyAction =>
  (CUSTODY_ACTIONS as readonly string[]).includes(value);

function CustodyForm({ requestId, evidenceId }: { requestId: string; evidenceId: string }) {
  const { t } = useTranslation();
  const write = useRequestWrite(requestId);
  const [action, setAction] = useState<CustodyAction>('transferred');
  const [holder, setHolder] = useState('');
  const [note, setNote] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = { action, holder: holder.trim(), ...(note.trim() ? { note: note.trim() } : {}) };
    write.mutate(
      { kind: 'custody', evidenceId, body },
      {
        onSuccess: () => {
          setHolder('');
          setNote('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('cooperation.evidence.addCustody')}>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('cooperation.evidence.action')}
          value={action}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isAction(value)) setAction(value);
          }}
          data={CUSTODY_ACTIONS.map((code) => ({
            value: code,
            label: t(CUSTODY_ACTION_KEYS[code]),
          }))}
        />
        <TextInput
          label={t('cooperation.evidence.holder')}
          required
          dir="auto"
          maxLength={300}
          value={holder}
          onChange={(event) => setHolder(event.currentTarget.value)}
        />
        <TextInput
          className="grow"
          label={t('cooperation.evidence.note')}
          dir="auto"
          maxLength={2000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Button
          type="submit"
          variant="light"
          loading={write.isPending}
          disabled={holder.trim() === ''}
        >
          {t('cooperation.evidence.addCustody')}
        </Button>
      </Group>
      <ErrorAlert error={write.error} />
    </form>
  );
}

function EvidenceItem(props: { item: CooperationEvidence; requestId: string; mayAdd: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { item } = props;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} dir="auto" className="user-text">
            {item.description}
          </Text>
          <Badge color={item.isChainIntact ? 'green' : 'red'} variant="light">
            {item.isChainIntact
              ? t('cooperation.evidence.chainIntact')
              : t('cooperation.evidence.chainBroken')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('cooperation.evidence.receivedLine', {
            count: item.itemCount,
            from: item.receivedFrom,
            date: format.dateTime(item.receivedAt),
          })}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder verticalSpacing={4}>
            <Table.Caption>{t('cooperation.evidence.custodyCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cooperation.evidence.action')}</Table.Th>
                <Table.Th>{t('cooperation.evidence.holder')}</Table.Th>
                <Table.Th>{t('cooperation.evidence.at')}</Table.Th>
                <Table.Th>{t('cooperation.evidence.by')}</Table.Th>
                <Table.Th>{t('cooperation.evidence.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {item.custody.map((link) => (
                <Table.Tr key={link.seq}>
                  <Table.Td>{t(CUSTODY_ACTION_KEYS[link.action])}</Table.Td>
                  <Table.Td>
                    <bdi>{link.holder}</bdi>
                  </Table.Td>
                  <Table.Td className="nowrap">
                    <time dateTime={link.at}>{format.dateTime(link.at)}</time>
                  </Table.Td>
                  <Table.Td>
                    <bdi>{link.byName ?? ''}</bdi>
                  </Table.Td>
                  <Table.Td dir="auto">{link.note ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {props.mayAdd && <CustodyForm requestId={props.requestId} evidenceId={item.id} />}
      </Stack>
    </Paper>
  );
}

type EvidenceDraft = {
  description: string;
  itemCount: string;
  receivedFrom: string;
  receivedAt: string;
  holder: string;
};

function EvidenceForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const write = useRequestWrite(requestId);
  const empty: EvidenceDraft = {
    description: '',
    itemCount: '1',
    receivedFrom: '',
    receivedAt: '',
    holder: '',
  };
  const [draft, setDraft] = useState(empty);
  const set = (patch: Partial<EvidenceDraft>) => setDraft((old) => ({ ...old, ...patch }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const body = {
      description: draft.description.trim(),
      itemCount: Number(draft.itemCount),
      receivedFrom: draft.receivedFrom.trim(),
      receivedAt: draft.receivedAt ? new Date(draft.receivedAt).toISOString() : '',
      holder: draft.holder.trim(),
    };
    write.mutate({ kind: 'evidence', body }, { onSuccess: () => setDraft(empty) });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="coop-evidence-add">
      <Stack gap="sm">
        <Title order={4} id="coop-evidence-add">
          {t('cooperation.evidence.addTitle')}
        </Title>
        <Textarea
          label={t('cooperation.evidence.description')}
          required
          dir="auto"
          autosize
          minRows={2}
          maxLength={4000}
          value={draft.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
        />
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput
            type="number"
            min={1}
            label={t('cooperation.evidence.itemCount')}
            required
            value={draft.itemCount}
            onChange={(event) => set({ itemCount: event.currentTarget.value })}
          />
          <TextInput
            label={t('cooperation.evidence.receivedFrom')}
            required
            dir="auto"
            maxLength={300}
            value={draft.receivedFrom}
            onChange={(event) => set({ receivedFrom: event.currentTarget.value })}
          />
          <TextInput
            type="datetime-local"
            label={t('cooperation.evidence.receivedAt')}
            required
            value={draft.receivedAt}
            onChange={(event) => set({ receivedAt: event.currentTarget.value })}
          />
          <TextInput
            label={t('cooperation.evidence.firstHolder')}
            required
            dir="auto"
            maxLength={300}
            value={draft.holder}
            onChange={(event) => set({ holder: event.currentTarget.value })}
          />
        </SimpleGrid>
        <ErrorAlert error={write.error} />
        <Group>
          <Button type="submit" loading={write.isPending}>
            {t('cooperation.evidence.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Evidence the other State sent, each item with its chain of custody. */
export function EvidencePanel(props: { detail: CooperationRequestDetail; mayAdd: boolean }) {
  const { t } = useTranslation();
  const { detail } = props;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coop-evidence-title">
      <Stack gap="sm">
        <Title order={3} id="coop-evidence-title">
          {t('cooperation.evidence.title')}
        </Title>
        {detail.evidence.length === 0 && <Text c="dimmed">{t('cooperation.evidence.none')}</Text>}
        {detail.evidence.map((item) => (
          <EvidenceItem key={item.id} item={item} requestId={detail.id} mayAdd={props.mayAdd} />
        ))}
        {props.mayAdd && <EvidenceForm requestId={detail.id} />}
      </Stack>
    </Paper>
  );
}

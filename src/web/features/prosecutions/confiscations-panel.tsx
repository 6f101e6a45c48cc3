import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
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
  ConfiscationOrder,
  Defendant,
  ProsecutionDetail,
} from '#shared/contracts/prosecutions.js';
import { CONFISCATION_STATUSES, canMoveConfiscation } from '#shared/domain/prosecution.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { isolate, useFormat } from '#web/lib/format.js';
import { useMoney } from './form-values.js';
import { CONFISCATION_MOVE_KEYS, CONFISCATION_STATUS_KEYS } from './prosecution-labels.js';
import { useProsecutionWrite } from './prosecutions-api.js';
import { UserText } from './user-text.js';

export function defendantName(defendant: Defendant): string {
  const { nameArabic, nameLatin } = defendant.identity;
  return [nameArabic, nameLatin]
    .filter((name) => name !== null)
    .map(isolate)
    .join(' · ');
}

function OrderForm({ file }: { file: ProsecutionDetail }) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(file.id);
  const [defendantId, setDefendantId] = useState('');
  const [description, setDescription] = useState('');
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const hasValue = value.trim() !== '';
    const body = {
      defendantId: defendantId === '' ? null : defendantId,
      description: description.trim(),
      estimatedValue: hasValue ? value.trim() : null,
      currency: hasValue ? currency.trim() : null,
    };
    write.mutate(
      { method: 'POST', path: '/confiscations', body },
      {
        onSuccess: () => {
          setDescription('');
          setValue('');
          setCurrency('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('prosecutions.confiscations.add')}>
      <Stack gap="xs">
        <Group gap="sm" align="end" wrap="wrap">
          <NativeSelect
            label={t('prosecutions.confiscations.defendant')}
            data={[
              { value: '', label: t('common.notSpecified') },
              ...file.defendants.map((item) => ({ value: item.id, label: defendantName(item) })),
            ]}
            value={defendantId}
            onChange={(event) => setDefendantId(event.currentTarget.value)}
          />
          <TextInput
            label={t('prosecutions.confiscations.value')}
            dir="ltr"
            inputMode="decimal"
            maxLength={15}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
          <TextInput
            label={t('prosecutions.currency')}
            description={t('prosecutions.currencyHint')}
            dir="ltr"
            maxLength={3}
            required={value.trim() !== ''}
            value={currency}
            onChange={(event) => setCurrency(event.currentTarget.value.toUpperCase())}
          />
        </Group>
        <Textarea
          label={t('prosecutions.confiscations.description')}
          required
          dir="auto"
          autosize
          minRows={2}
          maxLength={2000}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={write.isPending} disabled={description.trim() === ''}>
            {t('prosecutions.confiscations.add')}
          </Button>
        </Group>
        <ErrorAlert error={write.error} />
      </Stack>
    </form>
  );
}

function OrderMoves({ file, order }: { file: ProsecutionDetail; order: ConfiscationOrder }) {
  const { t } = useTranslation();
  const write = useProsecutionWrite(file.id);
  const moves = CONFISCATION_STATUSES.filter((to) => canMoveConfiscation(order.status, to));
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        {moves.map((to) => (
          <Button
            key={to}
            size="compact-sm"
            variant={to === 'annulled' ? 'outline' : 'light'}
            color={to === 'annulled' ? 'red' : 'blue'}
            disabled={write.isPending}
            onClick={() =>
              write.mutate({
                method: 'PATCH',
                path: `/confiscations/${encodeURIComponent(order.id)}`,
                body: { status: to, version: order.version },
              })
            }
          >
            {t(CONFISCATION_MOVE_KEYS[to])}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={write.error} />
    </Stack>
  );
}

/** Confiscation orders: ordered → executed → returned to victims, or annulled. */
export function ConfiscationsPanel({
  file,
  canChange,
}: {
  file: ProsecutionDetail;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const nameOf = (id: string | null) => {
    const found = file.defendants.find((defendant) => defendant.id === id);
    return found ? defendantName(found) : '—';
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="confiscations-title">
      <Stack gap="sm">
        <Title order={3} id="confiscations-title">
          {t('prosecutions.confiscations.title')}
        </Title>
        {file.confiscations.length === 0 ? (
          <Text c="dimmed">{t('prosecutions.confiscations.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('prosecutions.confiscations.description')}</Table.Th>
                  <Table.Th>{t('prosecutions.confiscations.defendant')}</Table.Th>
                  <Table.Th>{t('prosecutions.confiscations.value')}</Table.Th>
                  <Table.Th>{t('prosecutions.confiscations.orderedAt')}</Table.Th>
                  <Table.Th>{t('prosecutions.confiscations.statusLabel')}</Table.Th>
                  {canChange && <Table.Th>{t('prosecutions.actionsColumn')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {file.confiscations.map((order) => (
                  <Table.Tr key={order.id}>
                    <Table.Td>
                      <UserText text={order.description} />
                    </Table.Td>
                    <Table.Td>{nameOf(order.defendantId)}</Table.Td>
                    <Table.Td className="nowrap">
                      {order.estimatedValue ? (
                        <bdi>{money(order.estimatedValue, order.currency)}</bdi>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td className="nowrap">
                      <time dateTime={order.orderedAt}>{format.date(order.orderedAt)}</time>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(CONFISCATION_STATUS_KEYS[order.status])}</Badge>
                    </Table.Td>
                    {canChange && (
                      <Table.Td>
                        <OrderMoves file={file} order={order} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canChange && <OrderForm file={file} />}
      </Stack>
    </Paper>
  );
}

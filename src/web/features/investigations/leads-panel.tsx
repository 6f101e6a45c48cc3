import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InvestigationDetail } from '#shared/contracts/investigations.js';
import { TipList } from '#shared/contracts/tips.js';
import { acceptsNewContent } from '#shared/domain/investigation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { isolate, useFormat } from '#web/lib/format.js';
import { TIP_STATUS_KEYS, isKeyOf } from '#web/lib/labels.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { LEAD_LINKER_ROLES, useInvestigationWrite } from './investigations-api.js';

function AddLead({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const tips = useQuery({
    queryKey: ['tips', 'for-leads'],
    queryFn: () => api.get('/api/tips?limit=200', TipList),
  });
  const write = useInvestigationWrite(file.id);
  const [tipId, setTipId] = useState('');
  const linked = new Set(file.leads.map((lead) => lead.tipId));
  const options = (tips.data?.items ?? [])
    .filter((tip) => !linked.has(tip.id))
    .map((tip) => ({
      value: tip.id,
      label: `${isolate(tip.reference)} · ${format.date(tip.receivedAt)}`,
    }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    write.mutate(
      { method: 'POST', path: '/leads', body: { tipId } },
      { onSuccess: () => setTipId('') },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('investigations.leads.add')}>
      <Stack gap="xs">
        <ErrorAlert error={tips.error} />
        <Group gap="sm" align="end" wrap="wrap">
          <NativeSelect
            className="grow"
            label={t('investigations.leads.tip')}
            required
            data={[{ value: '', label: t('common.choose') }, ...options]}
            value={tipId}
            onChange={(event) => setTipId(event.currentTarget.value)}
          />
          <Button type="submit" loading={write.isPending} disabled={tipId === ''}>
            {t('investigations.leads.add')}
          </Button>
        </Group>
        <ErrorAlert error={write.error} />
      </Stack>
    </form>
  );
}

/** Tips linked to the file as leads: their reference and status only, never their content. */
export function LeadsPanel({ file }: { file: InvestigationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const mayLink = hasAnyRole(useSession().data, LEAD_LINKER_ROLES);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="leads-title">
      <Stack gap="sm">
        <Title order={3} id="leads-title">
          {t('investigations.leads.title')}
        </Title>
        {file.leads.length === 0 ? (
          <Text c="dimmed">{t('investigations.leads.none')}</Text>
        ) : (
          <Table striped withTableBorder verticalSpacing="xs" aria-labelledby="leads-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('investigations.leads.tip')}</Table.Th>
                <Table.Th>{t('investigations.leads.status')}</Table.Th>
                <Table.Th>{t('investigations.linkedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {file.leads.map((lead) => (
                <Table.Tr key={lead.id}>
                  <Table.Td>
                    {mayLink ? (
                      <Anchor component={Link} to={`/tips/${lead.tipId}`} className="reference">
                        <bdi>{lead.tipReference}</bdi>
                      </Anchor>
                    ) : (
                      <bdi className="reference">{lead.tipReference}</bdi>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {isKeyOf(TIP_STATUS_KEYS, lead.tipStatus)
                      ? t(TIP_STATUS_KEYS[lead.tipStatus])
                      : lead.tipStatus}
                  </Table.Td>
                  <Table.Td>
                    <time dateTime={lead.linkedAt}>{format.date(lead.linkedAt)}</time>
                    {lead.linkedByName && (
                      <Text span size="sm" c="dimmed">
                        {' · '}
                        <bdi>{lead.linkedByName}</bdi>
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {mayLink && acceptsNewContent(file.status) && <AddLead file={file} />}
      </Stack>
    </Paper>
  );
}

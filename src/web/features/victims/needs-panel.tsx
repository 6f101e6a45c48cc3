import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NeedsAssessment } from '#shared/contracts/victims.js';
import { SERVICE_CODES, type ServiceCode } from '#shared/domain/services.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { QueryState } from '#web/components/query-state.js';
import { useApi } from '#web/lib/api-context.js';
import { useFormat } from '#web/lib/format.js';
import { SERVICE_KEYS } from './victim-labels.js';
import { isAssistanceWall, useNeeds, useVictimWrite, victimPath } from './victims-api.js';

function isService(value: string): value is ServiceCode {
  return (SERVICE_CODES as readonly string[]).includes(value);
}

function NeedsForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [needs, setNeeds] = useState<ServiceCode[]>([]);
  const [notes, setNotes] = useState('');
  const save = useVictimWrite(
    caseId,
    (body: { needs: ServiceCode[]; notes: string }) =>
      api.send('POST', `${victimPath(caseId)}/needs`, body, NeedsAssessment),
    () => {
      setNeeds([]);
      setNotes('');
    },
  );
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    save.mutate({ needs, notes });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="needs-form-title">
      <Stack gap="sm">
        <Title order={4} id="needs-form-title">
          {t('needs.addTitle')}
        </Title>
        <Checkbox.Group
          label={t('needs.needs')}
          required
          value={needs}
          onChange={(values) => setNeeds(values.filter(isService))}
        >
          <Group gap="md" mt={4}>
            {SERVICE_CODES.map((code) => (
              <Checkbox key={code} value={code} label={t(SERVICE_KEYS[code])} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label={t('needs.notes')}
          dir="auto"
          autosize
          minRows={2}
          maxLength={5000}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
        />
        <ErrorAlert error={save.error} />
        <div>
          <Button type="submit" loading={save.isPending} disabled={needs.length === 0}>
            {t('needs.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function NeedsList({ items }: { items: NeedsAssessment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <Text c="dimmed">{t('needs.none')}</Text>;
  return (
    <Stack gap="xs">
      {items.map((item) => (
        <Paper key={item.id} withBorder p="sm" radius="sm">
          <Text size="sm" c="dimmed">
            <time dateTime={item.assessedAt}>{format.dateTime(item.assessedAt)}</time>
            {item.assessedByName && (
              <>
                {' · '}
                <bdi>{item.assessedByName}</bdi>
              </>
            )}
          </Text>
          <Group gap={6} mt={4}>
            {item.needs.map((code) => (
              <Badge key={code} variant="light">
                {t(SERVICE_KEYS[code])}
              </Badge>
            ))}
          </Group>
          {item.notes && (
            <Text size="sm" mt={4} className="pre-line user-text" dir="auto">
              {item.notes}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

/** Assistance data sits behind the consent wall: a refusal is explained, not shown as a failure. */
export function NeedsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const needs = useNeeds(caseId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="needs-title">
      <Stack gap="sm">
        <Title order={3} id="needs-title">
          {t('needs.title')}
        </Title>
        {isAssistanceWall(needs.error) ? (
          <Alert color="gray" variant="outline" title={t('needs.wallTitle')}>
            {t('needs.wall')}
          </Alert>
        ) : (
          <QueryState query={needs}>
            {(data) => (
              <>
                <NeedsList items={data.items} />
                <NeedsForm caseId={caseId} />
              </>
            )}
          </QueryState>
        )}
      </Stack>
    </Paper>
  );
}

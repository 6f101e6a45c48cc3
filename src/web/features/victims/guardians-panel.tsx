import {
  Alert,
  Badge,
  Button,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VictimDetail } from '#shared/contracts/victims.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useApi } from '#web/lib/api-context.js';
import { useFormat } from '#web/lib/format.js';
import { useVictimWrite, victimPath } from './victims-api.js';

const EMPTY = { name: '', relationship: '', contact: '', appointedOn: '', appointingBody: '' };

function GuardianForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState(EMPTY);
  const set = (patch: Partial<typeof EMPTY>) => setValues((old) => ({ ...old, ...patch }));
  const add = useVictimWrite(
    caseId,
    (body: typeof EMPTY) => api.send('POST', `${victimPath(caseId)}/guardians`, body, VictimDetail),
    () => setValues(EMPTY),
  );
  const isReady =
    values.name.trim() !== '' &&
    values.relationship.trim() !== '' &&
    values.appointedOn !== '' &&
    values.appointingBody.trim() !== '';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    add.mutate(values);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="guardian-form-title">
      <Stack gap="sm">
        <Title order={4} id="guardian-form-title">
          {t('guardians.addTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('guardians.name')}
            dir="auto"
            required
            maxLength={200}
            value={values.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
          />
          <TextInput
            label={t('guardians.relationship')}
            dir="auto"
            required
            maxLength={100}
            value={values.relationship}
            onChange={(event) => set({ relationship: event.currentTarget.value })}
          />
          <TextInput
            label={t('guardians.contact')}
            dir="auto"
            maxLength={200}
            value={values.contact}
            onChange={(event) => set({ contact: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('guardians.appointedOn')}
            required
            value={values.appointedOn}
            onChange={(event) => set({ appointedOn: event.currentTarget.value })}
          />
        </SimpleGrid>
        <TextInput
          label={t('guardians.appointingBody')}
          dir="auto"
          required
          maxLength={200}
          value={values.appointingBody}
          onChange={(event) => set({ appointingBody: event.currentTarget.value })}
        />
        <ErrorAlert error={add.error} />
        <div>
          <Button type="submit" loading={add.isPending} disabled={!isReady}>
            {t('guardians.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

export function GuardiansPanel({ victim }: { victim: VictimDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hasActive = victim.guardians.some((guardian) => guardian.isActive);
  const isUrgent = victim.isChild && !hasActive;
  const [isOpen, setOpen] = useState(false);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="guardians-title"
      className={isUrgent ? 'attention-panel' : undefined}
    >
      <Stack gap="sm">
        <Title order={3} id="guardians-title">
          {t('guardians.title')}
        </Title>
        {isUrgent && (
          <Alert color="red" variant="filled" title={t('guardians.childWithoutTitle')}>
            {t('guardians.childWithout')}
          </Alert>
        )}
        {victim.guardians.length === 0 ? (
          <Text c="dimmed">{t('guardians.none')}</Text>
        ) : (
          <List listStyleType="none" spacing="xs">
            {victim.guardians.map((guardian) => (
              <List.Item key={guardian.id}>
                <Text span className="user-text" dir="auto">
                  {guardian.appointingBody}
                </Text>
                {' · '}
                <time dateTime={guardian.appointedOn}>{format.day(guardian.appointedOn)}</time>{' '}
                <Badge color={guardian.isActive ? 'teal' : 'gray'} variant="light">
                  {guardian.isActive ? t('guardians.active') : t('guardians.inactive')}
                </Badge>
              </List.Item>
            ))}
          </List>
        )}
        {isUrgent || isOpen ? (
          <GuardianForm caseId={victim.caseId} />
        ) : (
          <div>
            <Button variant="light" onClick={() => setOpen(true)}>
              {t('guardians.addTitle')}
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

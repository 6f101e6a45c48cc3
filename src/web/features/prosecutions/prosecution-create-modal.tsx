import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '#web/components/error-alert.js';
import {
  INVESTIGATION_ROLES,
  useInvestigationList,
} from '#web/features/investigations/investigations-api.js';
import { isolate } from '#web/lib/format.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import { useProsecutionCreate } from './prosecutions-api.js';

/** The investigations the prosecutor is on the team of: the only ones a case can come from. */
function InvestigationSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const mayRead = hasAnyRole(useSession().data, INVESTIGATION_ROLES);
  const files = useInvestigationList(null, mayRead);
  if (!mayRead) return null;
  return (
    <NativeSelect
      label={t('prosecutions.fields.investigation')}
      description={t('prosecutions.create.investigationHint')}
      data={[
        { value: '', label: t('prosecutions.create.noInvestigation') },
        ...(files.data?.items ?? []).map((file) => ({
          value: file.id,
          label: `${isolate(file.reference)} · ${isolate(file.title)}`,
        })),
      ]}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** Opens a prosecution; the prosecutor who opens it leads its team. */
export function ProsecutionCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useProsecutionCreate();
  const [title, setTitle] = useState('');
  const [courtName, setCourtName] = useState('');
  const [investigationId, setInvestigationId] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    create.mutate(
      {
        title: title.trim(),
        courtName: courtName.trim() === '' ? null : courtName.trim(),
        investigationId: investigationId === '' ? null : investigationId,
      },
      { onSuccess: (saved) => void navigate(`/prosecutions/${saved.id}`) },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('prosecutions.create.title')} size="lg">
      <form onSubmit={submit} noValidate aria-label={t('prosecutions.create.title')}>
        <Stack gap="sm">
          <TextInput
            label={t('prosecutions.fields.title')}
            description={t('prosecutions.create.titleHint')}
            required
            dir="auto"
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <TextInput
            label={t('prosecutions.fields.court')}
            dir="auto"
            maxLength={200}
            value={courtName}
            onChange={(event) => setCourtName(event.currentTarget.value)}
          />
          <InvestigationSelect value={investigationId} onChange={setInvestigationId} />
          <ErrorAlert error={create.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={title.trim() === ''}>
              {t('prosecutions.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

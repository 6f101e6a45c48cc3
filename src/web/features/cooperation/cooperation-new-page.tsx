import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '#web/components/error-alert.js';
import { hasAnyRole, useSession } from '#web/lib/session.js';
import {
  CENTRAL_AUTHORITY_ROLES,
  draftableTypes,
  useCooperationCreate,
} from './cooperation-api.js';
import { createBodyOf, emptyForm, type RequestForm } from './cooperation-form.js';
import { RequestFormFields } from './request-form-fields.js';

/**
 * A new request. Saving makes a draft however little is filled in: the pre-send check on the
 * request's page then lists what is still missing.
 */
export function CooperationNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession().data;
  const allowedTypes = draftableTypes(session);
  const [form, setForm] = useState<RequestForm>(() => ({
    ...emptyForm(session?.user.agencyName ?? ''),
    type: allowedTypes.includes('MLA') ? 'MLA' : (allowedTypes[0] ?? 'MLA'),
  }));
  const create = useCooperationCreate();
  const isIncoming = form.direction === 'incoming';
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const links = {
      investigationId: params.get('investigationId'),
      prosecutionId: params.get('prosecutionId'),
    };
    create.mutate(createBodyOf(form, links), {
      onSuccess: (detail) => void navigate(`/cooperation/${detail.id}`),
    });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="coop-new-title">
      <Stack>
        <Title order={2} id="coop-new-title">
          {t('cooperation.newTitle')}
        </Title>
        <Text c="dimmed">
          {isIncoming ? t('cooperation.newIncomingHint') : t('cooperation.newHint')}
        </Text>
        <RequestFormFields
          form={form}
          onChange={(patch) => setForm((old) => ({ ...old, ...patch }))}
          mode="create"
          allowedTypes={allowedTypes}
          mayRecordIncoming={hasAnyRole(session, CENTRAL_AUTHORITY_ROLES)}
        />
        <ErrorAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending} disabled={form.foreignCountry === ''}>
            {isIncoming ? t('cooperation.recordIncoming') : t('cooperation.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

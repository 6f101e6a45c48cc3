import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CooperationRequestDetail } from '#shared/contracts/cooperation.js';
import { REQUEST_LANGUAGES } from '#shared/domain/cooperation.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { QueryState } from '#web/components/query-state.js';
import { isConflict } from '#web/lib/api-client.js';
import { useFormat } from '#web/lib/format.js';
import { useSession } from '#web/lib/session.js';
import { RequestActions } from './cooperation-actions.js';
import {
  documentUrl,
  draftableTypes,
  useCooperationRequest,
  useRequestWrite,
} from './cooperation-api.js';
import { CooperationStatusBadge, EscalationBadge, UrgencyBadge } from './cooperation-badges.js';
import { CheckPanel } from './cooperation-check-panel.js';
import { ContentsView } from './cooperation-contents-view.js';
import { EvidencePanel } from './cooperation-evidence.js';
import { RequestFacts } from './cooperation-facts.js';
import { draftFieldsOf, formFromDetail, type RequestForm } from './cooperation-form.js';
import { permissionsOf } from './cooperation-permissions.js';
import { CooperationTimeline } from './cooperation-timeline.js';
import { RequestFormFields } from './request-form-fields.js';

type Write = ReturnType<typeof useRequestWrite>;

function Downloads({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="sm" role="group" aria-label={t('cooperation.downloads')}>
      {REQUEST_LANGUAGES.map((lang) => (
        <Anchor key={lang} href={documentUrl(id, lang)} target="_blank" rel="noopener" size="sm">
          {t('cooperation.downloadPdf', { language: format.language(lang) })}
        </Anchor>
      ))}
    </Group>
  );
}

/**
 * The editable request: the form keeps the user's edits until they are saved; when the stored
 * request changes (a save, a check, someone else's write after a conflict) the form follows it.
 */
function useEditableForm(detail: CooperationRequestDetail, write: Write) {
  const [form, setForm] = useState<RequestForm>(() => formFromDetail(detail));
  const [isDirty, setIsDirty] = useState(false);
  const [baseVersion, setBaseVersion] = useState(detail.version);
  if (detail.version !== baseVersion && !isDirty) {
    setBaseVersion(detail.version);
    setForm(formFromDetail(detail));
  }
  const save = async (): Promise<number | null> => {
    if (!isDirty) return detail.version;
    try {
      const body = { version: detail.version, ...draftFieldsOf(form) };
      const saved = await write.mutateAsync({ kind: 'update', body });
      setIsDirty(false);
      return saved.version;
    } catch (error) {
      if (isConflict(error)) setIsDirty(false);
      return null;
    }
  };
  const change = (patch: Partial<RequestForm>) => {
    setForm((old) => ({ ...old, ...patch }));
    setIsDirty(true);
  };
  return { form, isDirty, save, change };
}

function EditPanel(props: {
  detail: CooperationRequestDetail;
  editor: ReturnType<typeof useEditableForm>;
  write: Write;
  allowedTypes: readonly string[];
}) {
  const { t } = useTranslation();
  const { editor, write } = props;
  const isUpdate = write.variables?.kind === 'update';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="coop-edit-title">
      <Stack gap="sm">
        <Title order={3} id="coop-edit-title">
          {t('cooperation.editTitle')}
        </Title>
        {props.detail.status === 'checked' && (
          <Alert color="yellow">{t('cooperation.editCheckedHint')}</Alert>
        )}
        <RequestFormFields
          form={editor.form}
          onChange={editor.change}
          mode="edit"
          allowedTypes={props.allowedTypes}
          mayRecordIncoming={false}
        />
        {isUpdate && <ErrorAlert error={write.error} />}
        <Group>
          <Button
            onClick={() => void editor.save()}
            loading={write.isPending && isUpdate}
            disabled={!editor.isDirty}
          >
            {t('cooperation.saveChanges')}
          </Button>
          {editor.isDirty && (
            <Text size="sm" c="orange.8" role="status">
              {t('cooperation.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function RequestView({ detail, write }: { detail: CooperationRequestDetail; write: Write }) {
  const session = useSession().data;
  const can = permissionsOf(session, detail);
  const editor = useEditableForm(detail, write);
  const showCheck = detail.direction === 'outgoing' && ['draft', 'checked'].includes(detail.status);
  return (
    <Stack>
      <Group gap="sm" align="center">
        <Title order={2}>
          <Trans
            i18nKey="cooperation.detailTitle"
            values={{ reference: detail.reference }}
            components={{ bdi: <bdi className="reference" /> }}
          />
        </Title>
        <CooperationStatusBadge row={detail} />
        <UrgencyBadge urgency={detail.urgency} />
        <EscalationBadge level={detail.escalationLevel} />
      </Group>
      <Group justify="space-between" align="center">
        <RequestActions detail={detail} commands={can.commands} write={write} />
        {can.mayDownload && <Downloads id={detail.id} />}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack>
            {showCheck && (
              <CheckPanel
                detail={detail}
                write={write}
                mayCheck={can.mayCheck}
                saveFirst={editor.save}
                canJump={can.mayEdit}
              />
            )}
            <RequestFacts detail={detail} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md">
            <CooperationTimeline events={detail.events} />
          </Paper>
        </Grid.Col>
      </Grid>
      {can.mayEdit ? (
        <EditPanel
          detail={detail}
          editor={editor}
          write={write}
          allowedTypes={draftableTypes(session)}
        />
      ) : (
        <ContentsView detail={detail} />
      )}
      {!['draft', 'checked'].includes(detail.status) && (
        <EvidencePanel detail={detail} mayAdd={can.mayAddEvidence} />
      )}
    </Stack>
  );
}

export function CooperationRequestPage() {
  const { id = '' } = useParams();
  const request = useCooperationRequest(id);
  const write = useRequestWrite(id);
  return (
    <QueryState query={request}>
      {(detail) => <RequestView detail={detail} write={write} />}
    </QueryState>
  );
}

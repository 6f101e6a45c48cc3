import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JitDetail, JitWorkspaceEntry } from '#shared/contracts/jit.js';
import { JIT_WORKSPACE_KINDS, type JitWorkspaceKind } from '#shared/domain/jit.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { QueryState } from '#web/components/query-state.js';
import { ApiError } from '#web/lib/api-client.js';
import { useFormat } from '#web/lib/format.js';
import { isWorkspaceClosed, useJitWorkspace, useJitWorkspacePost } from './jit-api.js';
import { WORKSPACE_KIND_KEYS, isOneOf } from './jit-labels.js';
import { UserText } from '#web/features/prosecutions/user-text.js';

function PostForm({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const post = useJitWorkspacePost(agreementId);
  const [kind, setKind] = useState<JitWorkspaceKind>('note');
  const [body, setBody] = useState('');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    post.mutate({ kind, body: body.trim() }, { onSuccess: () => setBody('') });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('jit.workspace.post')}>
      <Stack gap="xs">
        <NativeSelect
          label={t('jit.workspace.kind')}
          data={JIT_WORKSPACE_KINDS.map((code) => ({
            value: code,
            label: t(WORKSPACE_KIND_KEYS[code]),
          }))}
          value={kind}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isOneOf(JIT_WORKSPACE_KINDS, value)) setKind(value);
          }}
          maw={320}
        />
        <Textarea
          label={t('jit.workspace.body')}
          required
          dir="auto"
          autosize
          minRows={3}
          maxLength={10_000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={post.isPending} disabled={body.trim() === ''}>
            {t('jit.workspace.post')}
          </Button>
        </Group>
        <ErrorAlert error={post.error} />
      </Stack>
    </form>
  );
}

function Entry({ entry }: { entry: JitWorkspaceEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="sm" component="article">
      <Group gap="xs" mb={4}>
        <Badge size="sm" variant="light" color={entry.kind === 'note' ? 'blue' : 'grape'}>
          {t(WORKSPACE_KIND_KEYS[entry.kind])}
        </Badge>
        <Text size="sm" fw={600}>
          <bdi>{entry.authorName}</bdi>
        </Text>
        <Text size="sm" c="dimmed">
          <bdi>{entry.authorOrganisation}</bdi>
        </Text>
        <Text size="sm" c="dimmed">
          <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
        </Text>
      </Group>
      <UserText text={entry.body} />
    </Paper>
  );
}

/** The server's refusal, told plainly: the workspace follows the agreement. */
function ClosedNotice({ agreement, error }: { agreement: JitDetail; error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof ApiError ? error.detail?.message : null;
  const reason =
    agreement.status === 'draft'
      ? t('jit.workspace.closedDraft')
      : agreement.status === 'terminated'
        ? t('jit.workspace.closedTerminated')
        : t('jit.workspace.closedExpired');
  return (
    <Alert color="orange" title={t('jit.workspace.closedTitle')} role="alert">
      <Stack gap={4}>
        {message && <Text size="sm">{message}</Text>}
        <Text size="sm">{reason}</Text>
      </Stack>
    </Alert>
  );
}

/** The team's shared workspace, open only while the agreement is in force. */
export function JitWorkspacePanel({ agreement }: { agreement: JitDetail }) {
  const { t } = useTranslation();
  const workspace = useJitWorkspace(agreement.id);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jit-workspace-title">
      <Stack gap="sm">
        <Title order={3} id="jit-workspace-title">
          {t('jit.workspace.title')}
        </Title>
        {isWorkspaceClosed(workspace.error) ? (
          <ClosedNotice agreement={agreement} error={workspace.error} />
        ) : (
          <QueryState query={workspace}>
            {(data) => (
              <Stack gap="sm">
                <PostForm agreementId={agreement.id} />
                <Text size="sm" c="dimmed" role="status">
                  {t('jit.workspace.count', { count: data.total })}
                </Text>
                {data.items.map((entry) => (
                  <Entry key={entry.id} entry={entry} />
                ))}
              </Stack>
            )}
          </QueryState>
        )}
      </Stack>
    </Paper>
  );
}

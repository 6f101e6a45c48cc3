import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COOPERATION_INCOMPLETE_CODE,
  MissingItem,
  type CooperationRequestDetail,
} from '#shared/contracts/cooperation.js';
import { acceptedLanguagesOf } from '#shared/domain/cooperation-languages.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { ApiError } from '#web/lib/api-client.js';
import { useFormat } from '#web/lib/format.js';
import type { useRequestWrite } from './cooperation-api.js';
import { fieldId } from './cooperation-form.js';
import { missingItemKey } from './cooperation-labels.js';

type Write = ReturnType<typeof useRequestWrite>;

/** The missing list the server sent with a refused check, when that is why it was refused. */
function refusedMissing(error: unknown): MissingItem[] | null {
  if (!(error instanceof ApiError) || error.detail?.code !== COOPERATION_INCOMPLETE_CODE) {
    return null;
  }
  const parsed = MissingItem.array().safeParse(error.detail.details?.missing ?? []);
  return parsed.success ? parsed.data : [];
}

function focusField(path: string) {
  const element = document.getElementById(fieldId(path));
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

function MissingList({
  items,
  detail,
  canJump,
}: {
  items: readonly MissingItem[];
  detail: CooperationRequestDetail;
  canJump: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const languages = format.list(
    acceptedLanguagesOf(detail.foreignCountry).map((code) => format.language(code)),
  );
  return (
    <List size="sm" spacing={4}>
      {items.map((item) => {
        const { key, person } = missingItemKey(item);
        const text = t(key, { number: person ?? 0, languages });
        return (
          <List.Item key={`${item.code}:${item.field}`}>
            {canJump ? (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => focusField(item.field)}
              >
                {text}
              </Anchor>
            ) : (
              text
            )}
          </List.Item>
        );
      })}
    </List>
  );
}

/**
 * The pre-send check: what the request still lacks (UNTOC art. 18(15), legal basis, a language the
 * requested State accepts), each item in words, and the button that records the check. Unsaved
 * edits are saved first, so the check reads what the user sees.
 */
export function CheckPanel(props: {
  detail: CooperationRequestDetail;
  write: Write;
  mayCheck: boolean;
  /** Saves pending edits and returns the version to check, or null when saving failed. */
  saveFirst: () => Promise<number | null>;
  canJump: boolean;
}) {
  const { t } = useTranslation();
  const { detail, write } = props;
  const [error, setError] = useState<unknown>(null);
  const refused = refusedMissing(error);
  const missing = refused ?? detail.check.missing;
  const check = async () => {
    setError(null);
    const version = await props.saveFirst();
    if (version === null) return;
    try {
      await write.mutateAsync({ kind: 'command', command: 'check', body: { version } });
    } catch (caught) {
      setError(caught);
    }
  };
  const isOpen = detail.status === 'draft' || detail.status === 'checked';
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="coop-check-title"
      className="check-panel"
    >
      <Stack gap="sm">
        <Title order={3} id="coop-check-title">
          {t('cooperation.check.title')}
        </Title>
        {refused !== null && (
          <Alert color="red" role="alert" title={t('cooperation.check.blocked')}>
            {t('cooperation.check.blockedHint', { count: refused.length })}
          </Alert>
        )}
        {missing.length === 0 ? (
          <Alert color="green" title={t('cooperation.check.complete')}>
            {detail.status === 'checked'
              ? t('cooperation.check.checkedHint')
              : t('cooperation.check.completeHint')}
          </Alert>
        ) : (
          <Stack gap={4}>
            <Text fw={600}>{t('cooperation.check.missingTitle', { count: missing.length })}</Text>
            <MissingList items={missing} detail={detail} canJump={props.canJump} />
          </Stack>
        )}
        {refused === null && <ErrorAlert error={error} />}
        {isOpen && props.mayCheck && (
          <Group>
            <Button onClick={check} loading={write.isPending}>
              {t('cooperation.commands.check')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

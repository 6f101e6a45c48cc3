import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseDetail } from '#shared/contracts/cases.js';
import { ErrorAlert } from '#web/components/error-alert.js';
import { useStaff } from '#web/features/victims/victims-api.js';
import { useApi } from '#web/lib/api-context.js';

/** Need-to-know: a colleague, also of another agency, sees the case once assigned to it. */
export function AssignPanel({ item }: { item: CaseDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [userId, setUserId] = useState('');
  const staff = useStaff(isOpen);
  const assign = useMutation({
    mutationFn: () =>
      api.send(
        'POST',
        `/api/cases/${encodeURIComponent(item.id)}/assignments`,
        { userId },
        CaseDetail,
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['case', item.id], saved);
      setUserId('');
      setOpen(false);
    },
  });
  if (!isOpen) {
    return (
      <div>
        <Button variant="light" size="compact-sm" onClick={() => setOpen(true)}>
          {t('assign.title')}
        </Button>
      </div>
    );
  }
  const assigned = new Set(item.assignees.map((person) => person.userId));
  const byAgency = new Map<string, { value: string; label: string }[]>();
  for (const person of staff.data?.items ?? []) {
    if (assigned.has(person.id)) continue;
    const group = byAgency.get(person.agencyName) ?? [];
    group.push({ value: person.id, label: person.displayName });
    byAgency.set(person.agencyName, group);
  }
  const groups = [...byAgency].map(([group, items]) => ({ group, items }));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    assign.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('assign.title')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('assign.hint')}
        </Text>
        <ErrorAlert error={staff.error} />
        <NativeSelect
          label={t('assign.person')}
          required
          data={[{ value: '', label: t('assign.choose') }, ...groups]}
          value={userId}
          onChange={(event) => setUserId(event.currentTarget.value)}
        />
        <ErrorAlert error={assign.error} />
        <Group gap="xs">
          <Button
            type="submit"
            size="compact-md"
            loading={assign.isPending}
            disabled={userId === ''}
          >
            {t('assign.submit')}
          </Button>
          <Button variant="subtle" size="compact-md" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
